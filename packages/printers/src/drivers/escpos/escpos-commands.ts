/**
 * Argument byte counts of the fixed-length ESC/POS commands the decoder skips or runs (Epson
 * ESC/POS command reference). Variable-length commands (`GS k` barcodes, `GS ( ...`) are absent:
 * the decoder refuses them rather than guess where they end.
 */
export const ESCPOS_COMMAND_ARGS: ReadonlyMap<number, number> = new Map([
  [0x40, 0], // ESC @   initialise
  [0x4a, 1], // ESC J n feed n dots
  [0x64, 1], // ESC d n feed n lines
  [0x32, 0], // ESC 2   default line spacing
  [0x33, 1], // ESC 3 n line spacing n dots
  [0x20, 1], // ESC SP n character right spacing
  [0x21, 1], // ESC ! n print mode
  [0x24, 2], // ESC $ nL nH absolute position
  [0x2d, 1], // ESC - n underline
  [0x45, 1], // ESC E n emphasis
  [0x47, 1], // ESC G n double strike
  [0x4d, 1], // ESC M n font
  [0x52, 1], // ESC R n character set
  [0x55, 1], // ESC U n unidirectional
  [0x56, 1], // ESC V n 90 degree rotation
  [0x5c, 2], // ESC \ nL nH relative position
  [0x61, 1], // ESC a n justification
  [0x63, 2], // ESC c 3|4|5 n paper sensors, panel keys
  [0x65, 1], // ESC e n reverse feed lines
  [0x70, 3], // ESC p m t1 t2 drawer pulse
  [0x74, 1], // ESC t n code page
  [0x7b, 1], // ESC { n upside down
]);

/** Same for GS commands other than `GS v 0`, `GS V`, `GS FF`, `GS L` and `GS W`, which the decoder runs itself. */
export const GS_COMMAND_ARGS: ReadonlyMap<number, number> = new Map([
  [0x21, 1], // GS ! n character size
  [0x42, 1], // GS B n reverse printing
  [0x48, 1], // GS H n HRI position
  [0x49, 1], // GS I n transmit printer ID (no reply modelled)
  [0x50, 2], // GS P x y motion units
  [0x61, 1], // GS a n automatic status back
  [0x62, 1], // GS b n smoothing
  [0x66, 1], // GS f n HRI font
  [0x68, 1], // GS h n barcode height
  [0x72, 1], // GS r n transmit status (no reply modelled)
  [0x77, 1], // GS w n barcode module width
]);
