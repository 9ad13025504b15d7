// ZPL barcode commands as Inkless barcode elements. Each command's parameters (ZPL II guide):
//   ^BCo,h,f,g,e,m  Code 128      ^B3o,e,h,f,g  Code 39      ^BAo,h,f,g,e  Code 93
//   ^BEo,h,f,g      EAN-13        ^B8o,h,f,g    EAN-8        ^BUo,h,f,g,e  UPC-A
//   ^B9o,h,f,g,e    UPC-E         ^B2o,h,f,g,e  Interleaved 2 of 5
//   ^BKo,e,h,f,g,k,l Codabar (k, l start and stop characters)
//   ^B7o,h,s,c,r,t  PDF417 (h row height in dots, s security level, c columns, r rows)
//   ^BQa,b,c,d,e    QR Code (c magnification; ECC and input mode come from the ^FD prefix "QA,")
//   ^BXo,h,s,...    Data Matrix (h module size)     ^BOo,m,...  Aztec (m magnification)
//   ^BDm,n,t        MaxiCode (m mode 2..6)
// o = orientation, h = bar height (default ^BY's), f = print the text line, g = text above.
import type { ZplRotation } from './zpl-geometry';
import { parseOrientation } from './zpl-geometry';
import { intParam, yesNo } from './zpl-field-data';

/** ^BY: module width (dots), wide-to-narrow ratio, default bar height (dots). */
export interface ZplModule {
  readonly moduleDots: number;
  readonly ratio: number;
  readonly heightDots: number;
}

/** What a barcode command asks for, before its field data is known. */
export interface ZplBarcodeSpec {
  readonly command: string;
  readonly symbology: string;
  readonly rotation: ZplRotation;
  readonly moduleDots: number;
  readonly ratio: number;
  /** Bar height of linear symbols (dots); for PDF417 the height of one row. */
  readonly heightDots: number;
  readonly showText: boolean;
  readonly textAbove: boolean;
  readonly checkDigit: boolean;
  readonly options: Readonly<Record<string, string | number | boolean>>;
  readonly dimension: 1 | 2;
  /** Turns ^FD into the data the encoder takes (QR prefixes, Code 128 invocation codes, Codabar start/stop). */
  readonly data: (fd: string) => string;
}

type Params = readonly (string | undefined)[];
const same = (fd: string): string => fd;

function linear(command: string, symbology: string, p: Params, by: ZplModule, fw: ZplRotation, at: { h: number; f: number; g: number; e?: number }, data = same): ZplBarcodeSpec {
  return {
    command, symbology, rotation: parseOrientation(p[0], fw), moduleDots: by.moduleDots, ratio: by.ratio,
    heightDots: intParam(p[at.h], by.heightDots, 1, 32_000), showText: yesNo(p[at.f], true), textAbove: yesNo(p[at.g], false),
    checkDigit: at.e !== undefined && yesNo(p[at.e], false), options: {}, dimension: 1, data,
  };
}

function matrix(command: string, symbology: string, rotation: ZplRotation, moduleDots: number, by: ZplModule, options: Record<string, string | number | boolean> = {}, data = same): ZplBarcodeSpec {
  return { command, symbology, rotation, moduleDots, ratio: by.ratio, heightDots: by.heightDots, showText: false, textAbove: false, checkDigit: false, options, dimension: 2, data };
}

/** Code 128 ^FD: invocation codes (>: start B, >; start C, >9 start A) are the encoder's business; >> is a '>'. */
function code128Data(fd: string): string {
  return fd.replace(/^>[:;9]/, '').replace(/>>/g, '>');
}

/** QR ^FD: "QA,data" (ECC Q, automatic) or "MM,Adata" (manual mode: one mode letter; B adds a 4-digit length). */
function qrData(fd: string): string {
  const m = /^([HQML])([AM]),/i.exec(fd);
  if (!m) return fd;
  const rest = fd.slice(3);
  if (m[2]!.toUpperCase() === 'A') return rest;
  const mode = rest[0]?.toUpperCase();
  return mode === 'B' ? rest.slice(5) : rest.slice(1);
}

function qrLevel(fd: string): 'L' | 'M' | 'Q' | 'H' {
  const c = fd[0]?.toUpperCase();
  return c === 'L' || c === 'M' || c === 'Q' || c === 'H' ? c : 'M';
}

/** MaxiCode ^FD in modes 2 and 3: 15 characters (class 3, country 3, postal 9) then the secondary message. */
function maxicodeData(mode: number) {
  return (fd: string): string => {
    if (mode !== 2 && mode !== 3) return fd;
    const cls = fd.slice(0, 3);
    const country = fd.slice(3, 6);
    const postal = mode === 2 ? fd.slice(6, 15) : fd.slice(6, 12).trimEnd();
    const rest = fd.slice(mode === 2 ? 15 : 12);
    const header = /^\[\)>\x1e01\x1d\d\d/.exec(rest);
    if (header) return `${header[0]}${postal}\x1d${country}\x1d${cls}\x1d${rest.slice(header[0].length)}`;
    return `${postal}\x1d${country}\x1d${cls}\x1d${rest}`;
  };
}

/** The barcode a ZPL command asks for, or undefined when the command is not a barcode. */
export function parseBarcodeCommand(name: string, p: Params, by: ZplModule, fw: ZplRotation, dpi: number): ZplBarcodeSpec | undefined {
  switch (name) {
    case '^BC': {
      const mode = p[5]?.toUpperCase();
      return linear(name, mode === 'D' || mode === 'U' ? 'gs1-128' : 'code128', p, by, fw, { h: 1, f: 2, g: 3 }, code128Data);
    }
    case '^B3': return linear(name, 'code39', p, by, fw, { h: 2, f: 3, g: 4, e: 1 });
    case '^BA': return linear(name, 'code93', p, by, fw, { h: 1, f: 2, g: 3 });
    case '^BE': return linear(name, 'ean13', p, by, fw, { h: 1, f: 2, g: 3 });
    case '^B8': return linear(name, 'ean8', p, by, fw, { h: 1, f: 2, g: 3 });
    case '^BU': return linear(name, 'upca', p, by, fw, { h: 1, f: 2, g: 3 });
    case '^B9': return linear(name, 'upce', p, by, fw, { h: 1, f: 2, g: 3 });
    case '^B2': return linear(name, 'interleaved2of5', p, by, fw, { h: 1, f: 2, g: 3, e: 4 });
    case '^BK': {
      const start = (p[5] ?? 'A').toUpperCase();
      const stop = (p[6] ?? 'A').toUpperCase();
      return linear(name, 'codabar', p, by, fw, { h: 2, f: 3, g: 4 }, (fd) => `${start}${fd}${stop}`);
    }
    case '^B7': {
      const rowDots = intParam(p[1], by.moduleDots * 3, 1, 255);
      const options: Record<string, number> = { rowmult: Math.max(1, Math.round(rowDots / by.moduleDots)) };
      const columns = intParam(p[3], 0, 0, 30);
      const rows = intParam(p[4], 0, 0, 90);
      if (columns >= 1) options.columns = columns;
      if (rows >= 3) options.rows = rows;
      return { ...matrix(name, 'pdf417', parseOrientation(p[0], fw), by.moduleDots, by, options), heightDots: rowDots };
    }
    case '^BQ': {
      const magnification = intParam(p[2], dpi >= 300 ? 3 : 2, 1, 10);
      return matrix(name, 'qrcode', 0, magnification, by, {}, qrData);
    }
    case '^BX': return matrix(name, 'datamatrix', parseOrientation(p[0], fw), intParam(p[1], by.moduleDots, 1, 20), by);
    case '^BO': return matrix(name, 'azteccode', parseOrientation(p[0], fw), intParam(p[1], dpi >= 300 ? 3 : 2, 1, 10), by);
    case '^BD': {
      const mode = intParam(p[0], 2, 2, 6);
      return matrix(name, 'maxicode', 0, 1, by, { mode }, maxicodeData(mode));
    }
    default: return undefined;
  }
}

/** QR error level from the ^FD prefix ("QA," is Q), for ^BQ only. */
export function zplQrLevel(fd: string): 'L' | 'M' | 'Q' | 'H' {
  return qrLevel(fd);
}

/** Smallest module (mm) Inkless prints for a symbology, so that it scans (see the label engine's symbologies). */
export function minModuleMm(symbology: string): number {
  if (['ean13', 'ean8', 'upca', 'upce', 'gs1-128'].includes(symbology)) return 0.25;
  if (symbology === 'pdf417') return 0.19;
  if (['qrcode', 'datamatrix', 'azteccode'].includes(symbology)) return 0.25;
  return 0.165;
}
