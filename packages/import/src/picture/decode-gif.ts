// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- omggif has no types; hosts that compile this file under their own tsconfig (the server) need its declaration too
/// <reference path="./omggif.d.ts" />
import { GifReader } from 'omggif';
import { assertPictureSize, corrupt } from './picture-limits';
import { rgbaToGrey, type GreyImage } from './grey';

/** Decodes the first frame of a GIF (transparent pixels over white); the screen size is checked first. */
export function decodeGif(b: Uint8Array): { grey: GreyImage } {
  if (b.length < 13) throw corrupt('GIF', `the file ends after ${b.length} bytes, inside the header`);
  const width = b[6]! | (b[7]! << 8);
  const height = b[8]! | (b[9]! << 8);
  assertPictureSize('GIF', width, height);
  let rgba: Uint8Array;
  try {
    const reader = new GifReader(b);
    if (reader.numFrames() < 1) throw new Error('it has no frames');
    rgba = new Uint8Array(width * height * 4);
    reader.decodeAndBlitFrameRGBA(0, rgba);
  } catch (e) {
    throw corrupt('GIF', e instanceof Error ? e.message : String(e), e);
  }
  return { grey: rgbaToGrey(rgba, width, height) };
}
