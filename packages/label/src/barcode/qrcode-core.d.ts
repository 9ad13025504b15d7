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
  export function create(data: string | readonly QrSegmentInput[], options: { errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H'; maskPattern?: number; version?: number }): QrCodeResult;
}
declare module 'qrcode/lib/core/mode' {
  /** A data mode (qrcode compares them by identity); `bit` is its 4-bit mode indicator. */
  export interface QrMode { readonly id: string; readonly bit: number }
  export const NUMERIC: QrMode;
  export const ALPHANUMERIC: QrMode;
  export const BYTE: QrMode;
  /** Bits of the character count field for the mode at a version. */
  export function getCharCountIndicator(mode: QrMode, version: number): number;
}
declare module 'qrcode/lib/core/version' {
  /** The smallest version (1..40) that holds the single segment at the level; undefined when none does. */
  export function getBestVersionForData(segments: readonly { readonly mode: import('qrcode/lib/core/mode').QrMode; getLength(): number }[], errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H'): number | undefined;
}
declare module 'qrcode/lib/core/error-correction-level' {
  /** Level objects: qrcode's tables are keyed by their identity. */
  export interface QrLevel { readonly bit: number }
  export const L: QrLevel;
  export const M: QrLevel;
  export const Q: QrLevel;
  export const H: QrLevel;
}
declare module 'qrcode/lib/core/error-correction-code' {
  /** Reed-Solomon blocks of a version at a level (ISO/IEC 18004 table 9). */
  export function getBlocksCount(version: number, level: import('qrcode/lib/core/error-correction-level').QrLevel): number;
  /** Error correction codewords of all blocks together. */
  export function getTotalCodewordsCount(version: number, level: import('qrcode/lib/core/error-correction-level').QrLevel): number;
}
declare module 'qrcode/lib/core/utils' {
  /** Codewords (data and error correction) a version holds. */
  export function getSymbolTotalCodewords(version: number): number;
}
