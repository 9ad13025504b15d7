// The part of qrcode 1.5 (its pure core, no renderers) that Inkless uses; the package ships no typings.
declare module 'qrcode/lib/core/qrcode' {
  export interface QrSegmentInput {
    readonly data: string | Uint8Array;
    readonly mode: 'numeric' | 'alphanumeric' | 'byte';
  }
  export interface QrCodeResult {
    readonly version: number;
    readonly modules: { readonly size: number; readonly data: Uint8Array };
  }
  export function create(data: string | readonly QrSegmentInput[], options: { errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H'; maskPattern?: number }): QrCodeResult;
}
declare module 'qrcode/lib/core/mode' {
  /** A data mode (opaque here: qrcode compares them by identity). */
  export interface QrMode { readonly id: string }
  export const NUMERIC: QrMode;
  export const ALPHANUMERIC: QrMode;
  export const BYTE: QrMode;
}
declare module 'qrcode/lib/core/version' {
  /** The smallest version (1..40) that holds the single segment at the level; undefined when none does. */
  export function getBestVersionForData(segments: readonly { readonly mode: import('qrcode/lib/core/mode').QrMode; getLength(): number }[], errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H'): number | undefined;
}
