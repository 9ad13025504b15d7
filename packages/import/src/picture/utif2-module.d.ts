/** The part of utif2 that decode-tiff (and the tests' TIFF fixtures) use. */
export interface Ifd {
  [tag: string]: unknown;
}

export interface Utif {
  decode(buffer: ArrayBuffer): Ifd[];
  decodeImage(buffer: ArrayBuffer, ifd: Ifd): void;
  toRGBA8(ifd: Ifd): Uint8Array;
  encodeImage(rgba: Uint8Array, w: number, h: number, metadata?: Record<string, unknown>): ArrayBuffer;
}

declare const UTIF: Utif;
export default UTIF;
