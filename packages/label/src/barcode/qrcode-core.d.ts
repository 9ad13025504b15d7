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
