/** Reads the first barcode in a video frame, or undefined when it finds none (yet). */
export interface FrameReader {
  readonly engine: 'barcode-detector' | 'zxing';
  read(video: HTMLVideoElement): Promise<string | undefined>;
}

/** The browser's BarcodeDetector (Shape Detection API: Android Chrome, macOS), typed here as the DOM library has none. */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<readonly { readonly rawValue: string }[]>;
}
type BarcodeDetectorClass = (new () => BarcodeDetectorLike) & { getSupportedFormats?(): Promise<string[]> };

async function findBarcodeDetector(): Promise<BarcodeDetectorClass | undefined> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return undefined;
  // Some browsers have the class but no formats (Chrome on Linux desktop): then it finds nothing.
  const formats = (await Detector.getSupportedFormats?.().catch(() => [])) ?? [];
  return formats.length > 0 ? Detector : undefined;
}

/**
 * The browser's BarcodeDetector where it works, else ZXing's WebAssembly reader (the decoder
 * `inkless verify` uses), loaded only now: the wasm is fetched when scanning starts, never at
 * studio start. Throws when the ZXing module cannot load (the dialog says so).
 */
export async function createFrameReader(): Promise<FrameReader> {
  const Detector = await findBarcodeDetector();
  if (Detector) {
    const detector = new Detector();
    return { engine: 'barcode-detector', read: async (video) => (await detector.detect(video))[0]?.rawValue };
  }
  const { createZxingFrameReader } = await import('./zxing-frame-reader');
  return createZxingFrameReader();
}
