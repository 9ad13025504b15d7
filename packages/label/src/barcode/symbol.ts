/**
 * What an encoder produces: the symbol in modules, never in pixels. The rasterizer alone turns
 * modules into whole dots, so every bar of every symbology is an exact multiple of the module.
 *
 * - `linear`: run widths in modules, alternating bar/space and starting with a bar. Two-width
 *   symbologies (Code 39, ITF, Codabar, ...) set `twoWidth`: a run of 1 is narrow, anything else is
 *   wide and gets `round(ratio * narrowDots)` dots at raster time.
 * - `matrix`: a grid of square modules (QR, Data Matrix, Aztec, PDF417 with its rows already
 *   repeated, stacked linear codes).
 * - `maxicode`: MaxiCode's 33 rows x 30 columns of hexagons around a bullseye.
 */
export type BarcodeSymbol = LinearSymbol | MatrixSymbol | MaxicodeSymbol;

/** How the human-readable text sits under a linear symbol. */
export type HrtLayout = 'plain' | 'ean13' | 'ean8' | 'upca' | 'upce';

export interface LinearSymbol {
  readonly kind: 'linear';
  /** The symbology id the symbol was made for (e.g. `code128`), for quiet zones and messages. */
  readonly symbology: string;
  /** Run widths in modules: bar, space, bar, ... The first and last runs are bars. */
  readonly modules: Uint8Array;
  /** True when runs are only narrow (1) or wide (any other value): the wide width is set in dots. */
  readonly twoWidth: boolean;
  /** Blank modules to keep left and right of the bars (narrow modules for two-width codes). */
  readonly quietLeft: number;
  readonly quietRight: number;
  /** Human-readable text, '' when there is none. */
  readonly hrt: string;
  readonly hrtLayout: HrtLayout;
  /** Indices of bar runs that extend down into the text (EAN/UPC guard bars). */
  readonly guardBars?: readonly number[];
  /** ITF-14 bearer: a frame of this many modules around the bars (drawn outside the quiet zone). */
  readonly bearerModules?: number;
}

export interface MatrixSymbol {
  readonly kind: 'matrix';
  readonly symbology: string;
  readonly width: number;
  readonly height: number;
  /** Row-major, one byte per module, 1 = dark. */
  readonly bits: Uint8Array;
  /** Blank modules to keep on every side. */
  readonly quiet: number;
}

export interface MaxicodeSymbol {
  readonly kind: 'maxicode';
  readonly symbology: 'maxicode';
  /** 33 rows x 30 columns, row-major, 1 = dark hexagon. Odd rows are shifted right by half a module. */
  readonly hexes: Uint8Array;
  readonly quiet: number;
}

/** MaxiCode's fixed grid. */
export const MAXICODE_COLUMNS = 30;
export const MAXICODE_ROWS = 33;
