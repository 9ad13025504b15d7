// The part of omggif (no types of its own) that decode-gif uses.
declare module 'omggif' {
  export class GifReader {
    constructor(bytes: Uint8Array);
    readonly width: number;
    readonly height: number;
    numFrames(): number;
    decodeAndBlitFrameRGBA(frame: number, pixels: Uint8Array): void;
  }
  /** Used by tests to make GIF fixtures. */
  export class GifWriter {
    constructor(buf: Uint8Array, width: number, height: number, options?: { palette?: number[] });
    addFrame(x: number, y: number, w: number, h: number, indexed: Uint8Array): number;
    end(): number;
  }
}
