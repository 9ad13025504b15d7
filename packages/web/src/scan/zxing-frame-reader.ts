import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
// The wasm is one of the studio's own files (hashed, precached by the service worker), never a CDN's.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { FrameReader } from './frame-reader';

/** Frames are scaled down to at most this width: barcodes stay readable and decoding stays quick on a phone. */
const MAX_FRAME_WIDTH_PX = 960;

/** ZXing's reader over the studio's copy of its wasm; resolves once the module is compiled. */
export async function createZxingFrameReader(): Promise<FrameReader> {
  await prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? new URL(wasmUrl, location.href).href : prefix + path) },
    fireImmediately: true,
  });
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  return {
    engine: 'zxing',
    async read(video) {
      if (video.videoWidth === 0 || video.videoHeight === 0) return undefined;
      const scale = Math.min(1, MAX_FRAME_WIDTH_PX / video.videoWidth);
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const results = await readBarcodes(image, { formats: [], tryHarder: true, maxNumberOfSymbols: 1 });
      return results.find((r) => r.isValid)?.text;
    },
  };
}
