/** What libwebp's `WebPDecodeRGBA` gives back through jSquash's binding: straight-alpha RGBA rows. */
export interface WebpRgba {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

/** The started codec: `decode` answers null when libwebp refuses the bytes. */
export interface WebpCodec {
  decode(bytes: Uint8Array): WebpRgba | null;
}

/** The Emscripten options we pass: the wasm's bytes given, so nothing is fetched. */
export interface WebpCodecOptions {
  readonly noInitialRun: true;
  readonly wasmBinary: ArrayBuffer;
  locateFile(path: string): string;
}

declare function createWebpCodec(options: WebpCodecOptions): Promise<WebpCodec>;
export default createWebpCodec;
