// Plays one ZPL format (the commands between ^XA and ^XZ) on the printer state and builds its
// fields. Field commands gather into `field` until ^FS; settings change `state` and last across
// formats, as on a printer. Every command is applied, deliberately ignored (setup that does not
// change the label's dots) or named as unsupported with its offset.
import { InklessError, type LabelSetup, type RenderEnv } from '@inkless/label';
import { barcodeElement } from './zpl-barcode-element';
import { parseBarcodeCommand, type ZplBarcodeSpec, type ZplModule } from './zpl-barcodes';
import { decodeFieldData, intParam, splitParams } from './zpl-field-data';
import { parseOrientation, type ZplContent, type ZplElement, type ZplRotation } from './zpl-geometry';
import { boxElement, decodeZplGraphic, diagonalElement, ellipseElement, isWhite, placeGraphic, type ZplGraphic } from './zpl-graphics';
import { zplLimits } from './zpl-limits';
import { defaultFontHeight, isKnownFont, textElement, type ZplFieldBlock, type ZplFont } from './zpl-text';
import type { ZplCommand } from './zpl-tokens';
import type { ZplNotice } from './interpret-zpl';

/** What a printer keeps from one format to the next. */
export interface ZplPrinterState {
  readonly dpi: number;
  widthDots: number;
  heightDots: number;
  homeX: number;
  homeY: number;
  /** ^LS: dots the whole label moves left. */
  shiftLeft: number;
  /** ^LT: dots the whole label moves down. */
  shiftTop: number;
  /** ^POI: the label is printed upside down. */
  invert: boolean;
  media: 'gap' | 'mark' | 'continuous';
  module: ZplModule;
  font: ZplFont;
  orientation: ZplRotation;
  charset: number;
  /** ~DG graphics by name (device and extension normalised: R:LOGO.GRF). */
  readonly graphics: Map<string, ZplGraphic>;
  /** ^DF formats by name. */
  readonly formats: Map<string, readonly ZplCommand[]>;
}

/** An element with the command that made it, for notices. */
export type ZplField = ZplElement & {
  readonly command: string;
  readonly offset: number;
};

export interface PlayedFormat {
  /** The label's size, dpi, orientation and media as the format leaves them (its document's `label`). */
  readonly label: LabelSetup;
  /** The fields in the order they print; the document's elements are these (see zplDocument). */
  readonly fields: ZplField[];
  readonly copies: number;
  /** ^PQ r: labels printed with each serial value (at least 1). */
  readonly replicates: number;
  /** The format has ^SN fields: each copy counts up, so each is a label of its own. */
  readonly serial: boolean;
  readonly notices: ZplNotice[];
}

interface FieldState {
  x: number;
  y: number;
  typeset: boolean;
  placed: boolean;
  font?: ZplFont;
  rotation?: ZplRotation;
  block?: ZplFieldBlock;
  hexEscape?: string;
  reverse: boolean;
  fieldNumber?: number;
  data?: { raw: string; offset: number };
  serial?: boolean;
  barcode?: { spec: ZplBarcodeSpec; command: ZplCommand };
  make?: { command: ZplCommand; build: (x: number, y: number, typeset: boolean) => ZplContent | undefined };
}

/** Setup commands that change how a printer runs, not what a label looks like. */
const IGNORED = new Set([
  '^MM', '^MT', '^PR', '~SD', '^MD', '^JU', '^PM', '^JM', '^JZ', '^MF', '^ML', '^MP', '^MU', '^PF', '^PH', '~PH', '^SZ',
  '~TA', '^CW', '~JS', '^JJ', '^KD', '^KL', '^KN', '^KP', '^SS', '^ST', '^MW', '^PA', '^PP', '~PP', '^FC', '^FP', '^CO',
  '~JC', '~JR', '~JA', '^XB', '^ID', '^CD', '~CD', '^FM', '^FL',
]);

/** What the interpreter supports, for docs and tests (ignored setup commands excluded). */
export const SUPPORTED_ZPL_COMMANDS = [
  '^XA', '^XZ', '^FO', '^FT', '^FS', '^FD', '^FV', '^FH', '^FR', '^FB', '^FW', '^FN', '^A', '^A@', '^CF', '^CI', '^GB', '^GC', '^GD', '^GE', '^GF',
  '^BY', '^BC', '^B3', '^BA', '^BE', '^B8', '^BU', '^B9', '^B2', '^BK', '^B7', '^BQ', '^BX', '^BO', '^BD', '^PW', '^LL', '^LH', '^LS', '^LT',
  '^PO', '^PQ', '^MN', '^DF', '^XF', '^SN', '~DG', '^XG',
] as const;

export const IGNORED_ZPL_COMMANDS: readonly string[] = [...IGNORED].sort();

/** A stored object's name with its device and extension spelled out: LOGO -> R:LOGO.GRF. */
export function objectName(raw: string, extension: string): string {
  let name = raw.trim().toUpperCase();
  if (!/^[A-Z]:/.test(name)) name = `R:${name}`;
  if (!/\.[A-Z0-9]{1,3}$/.test(name)) name = `${name}.${extension}`;
  return name;
}

function checkSide(value: number, what: string, command: ZplCommand): number {
  if (value > zplLimits.maxSideDots) {
    throw new InklessError('INKLESS_IMPORT_ZPL_LABEL_SIZE', `${command.name} at byte ${command.offset} asks for a label ${value} dots ${what}; no printer prints more than ${zplLimits.maxSideDots}`);
  }
  return value;
}

/**
 * Plays a format. Returns undefined for a format that only stores (^DF) or when `outside` (commands
 * between formats, which only change the printer); their notices then go to `sink`.
 */
export function playFormat(commands: readonly ZplCommand[], start: number, state: ZplPrinterState, env: RenderEnv, sink: ZplNotice[], outside = false, serialStep = 0): PlayedFormat | undefined {
  const notices: ZplNotice[] = outside ? sink : [];
  const fields: ZplField[] = [];
  let copies = 1;
  let replicates = 1;
  let serial = false;
  let field: FieldState = { x: 0, y: 0, typeset: false, placed: false, reverse: false };
  let reverseAll = false;
  const note = (code: string, command: ZplCommand, message: string): void => {
    notices.push({ code, command: command.name, offset: command.offset, message: `${command.name} at byte ${command.offset}: ${message}` });
  };
  let fnValues = new Map<number, string>();
  let recalled = false;

  const push = (command: ZplCommand, content: ZplContent, reverse: boolean): void => {
    if (fields.length >= zplLimits.maxFields) {
      throw new InklessError('INKLESS_IMPORT_ZPL_TOO_MANY', `the format at byte ${start} has more than ${zplLimits.maxFields} fields (the one at byte ${command.offset} is over)`);
    }
    fields.push({ ...content, reverse: reverse || reverseAll, command: command.name, offset: command.offset });
  };

  const flush = (at: ZplCommand): void => {
    const f = field;
    field = { x: 0, y: 0, typeset: false, placed: false, reverse: false };
    const x = f.x + state.homeX - state.shiftLeft;
    const y = f.y + state.homeY + state.shiftTop;
    if (f.make) {
      const content = f.make.build(x, y, f.typeset);
      if (content) push(f.make.command, content, f.reverse);
      return;
    }
    let raw = f.data?.raw;
    if (f.fieldNumber !== undefined && !recalled) {
      if (fnValues.has(f.fieldNumber)) raw = fnValues.get(f.fieldNumber);
    } else if (f.fieldNumber !== undefined && recalled && !f.placed) return; // data for a recalled template, used already
    if (raw === undefined) return;
    const dataOffset = f.data?.offset ?? at.offset;
    let text = decodeFieldData(raw, f.hexEscape, state.charset);
    if (text.length > zplLimits.maxTextChars) {
      throw new InklessError('INKLESS_IMPORT_ZPL_FIELD_TOO_LONG', `the field data at byte ${dataOffset} has ${text.length} characters; at most ${zplLimits.maxTextChars} fit a field`);
    }
    if (text.length === 0) return;
    const command = f.barcode?.command ?? { name: '^FD', params: '', offset: dataOffset };
    if (f.barcode) {
      try {
        const placed = barcodeElement(f.barcode.spec, text, x, y, f.typeset, state.module.heightDots, state.dpi);
        if (placed.widenedFrom !== undefined) {
          note('INKLESS_IMPORT_ZPL_APPROXIMATE', command, `the ${placed.widenedFrom}-dot module is below what scans at ${state.dpi} dpi; drawn at ${String(placed.element.moduleDots)} dots, so the symbol is wider than on a Zebra`);
        }
        if (f.barcode.spec.textAbove) note('INKLESS_IMPORT_ZPL_APPROXIMATE', command, 'the text line above the bars is drawn below them');
        push(command, { element: placed.element }, f.reverse);
      } catch (error) {
        if (!(error instanceof InklessError)) throw error;
        note('INKLESS_IMPORT_ZPL_FIELD_SKIPPED', command, `the barcode was left out: ${error.message}`);
      }
      return;
    }
    if (f.block) text = text.replace(/\\&/g, '\n');
    const font = f.font ?? state.font;
    if (!isKnownFont(font.name)) note('INKLESS_IMPORT_ZPL_APPROXIMATE', command, `font ${font.name} is drawn with DejaVu Sans; widths differ from the printer's`);
    const element = textElement({
      text, font, rotation: f.rotation ?? state.orientation, x, y, typeset: f.typeset, block: f.block,
      labelWidthDots: state.widthDots, labelHeightDots: state.heightDots, dpi: state.dpi,
    }, env);
    push(command, { element }, f.reverse);
  };

  const run = (list: readonly ZplCommand[]): boolean => {
    for (let i = 0; i < list.length; i++) {
      const command = list[i]!;
      const p = splitParams(command.params);
      switch (command.name) {
        case '^FO':
        case '^FT':
          if (field.placed && (field.data || field.make)) flush(command);
          field.x = intParam(p[0], 0, 0, 32_000);
          field.y = intParam(p[1], 0, 0, 32_000);
          field.typeset = command.name === '^FT';
          field.placed = true;
          break;
        case '^FS': flush(command); break;
        case '^FD':
        case '^FV': field.data = { raw: command.params, offset: command.offset }; break;
        case '^FH': field.hexEscape = command.params[0] ?? '_'; break;
        case '^FR': field.reverse = true; break;
        case '^FN': field.fieldNumber = intParam(p[0], 0, 0, 9999); break;
        case '^FB': {
          const j = (p[3] ?? 'L').toUpperCase();
          field.block = {
            widthDots: intParam(p[0], 0, 0, 32_000), maxLines: intParam(p[1], 1, 1, 9999), extraLineDots: intParam(p[2], 0, -9999, 9999),
            align: j === 'C' ? 'center' : j === 'R' ? 'right' : j === 'J' ? 'justify' : 'left',
          };
          if (field.block.widthDots === 0) field.block = undefined;
          break;
        }
        case '^FW': state.orientation = parseOrientation(p[0], state.orientation); break;
        case '^A': {
          const name = command.params[0]?.toUpperCase() ?? state.font.name;
          const rest = splitParams(command.params.slice(1));
          field.rotation = parseOrientation(rest[0], state.orientation);
          const h = intParam(rest[1], intParam(rest[2], name === '0' ? state.font.heightDots : defaultFontHeight(name), 1, 32_000), 1, 32_000);
          field.font = { name, heightDots: h, widthDots: intParam(rest[2], h, 1, 32_000) };
          break;
        }
        case '^A@': {
          field.rotation = parseOrientation(p[0], state.orientation);
          const h = intParam(p[1], state.font.heightDots, 1, 32_000);
          field.font = { name: `@${p[3] ?? ''}`, heightDots: h, widthDots: intParam(p[2], h, 1, 32_000) };
          break;
        }
        case '^CF': {
          const name = p[0]?.toUpperCase() ?? state.font.name;
          const h = intParam(p[1], name === state.font.name ? state.font.heightDots : defaultFontHeight(name), 1, 32_000);
          state.font = { name, heightDots: h, widthDots: intParam(p[2], h, 1, 32_000) };
          break;
        }
        case '^CI': state.charset = intParam(p[0], 0, 0, 36); break;
        case '^BY':
          state.module = {
            moduleDots: intParam(p[0], state.module.moduleDots, 1, 10),
            ratio: Math.min(3, Math.max(2, Number.parseFloat(p[1] ?? '') || state.module.ratio)),
            heightDots: intParam(p[2], state.module.heightDots, 1, 32_000),
          };
          break;
        case '^GB':
          if (isWhite(p[3])) note('INKLESS_IMPORT_ZPL_APPROXIMATE', command, 'a white box is drawn as a reverse field (it whitens black under it and blackens white)');
          field.reverse ||= isWhite(p[3]);
          field.make = { command, build: (x, y) => ({ element: boxElement(p, x, y, state.dpi) }) };
          break;
        case '^GC': {
          const d = intParam(p[0], 3, 3, 4095);
          field.make = { command, build: (x, y) => ({ element: ellipseElement(d, d, intParam(p[1], 1, 1, 4095), x, y, state.dpi) }) };
          break;
        }
        case '^GE': field.make = { command, build: (x, y) => ({ element: ellipseElement(intParam(p[0], 3, 3, 4095), intParam(p[1], 3, 3, 4095), intParam(p[2], 1, 1, 4095), x, y, state.dpi) }) }; break;
        case '^GD': field.make = { command, build: (x, y) => ({ element: diagonalElement(p, x, y, state.dpi) }) }; break;
        case '^GF': {
          const parts = command.params.split(',');
          const format = (parts[0] ?? 'A').trim().toUpperCase();
          if (format !== 'A') {
            note('INKLESS_IMPORT_ZPL_UNSUPPORTED', command, `^GF${format} (binary graphic data) is not supported; only ^GFA (hex, compressed hex, Z64, B64)`);
            break;
          }
          const graphic = decodeZplGraphic('^GF', command.offset, intParam(parts[2], 0, 0, Number.MAX_SAFE_INTEGER), intParam(parts[3], 0, 0, Number.MAX_SAFE_INTEGER), parts.slice(4).join(','));
          field.make = { command, build: (x, y, typeset) => placeGraphic(graphic, x, typeset ? y - graphic.rows : y) };
          break;
        }
        case '^XG': {
          const name = objectName(p[0] ?? '', 'GRF');
          const graphic = state.graphics.get(name);
          if (!graphic) {
            throw new InklessError('INKLESS_IMPORT_ZPL_GRAPHIC_MISSING', `^XG at byte ${command.offset} recalls the graphic ${name}, which the job never stored with ~DG; nothing was printed`);
          }
          const mx = intParam(p[1], 1, 1, 10);
          const my = intParam(p[2], 1, 1, 10);
          field.make = { command, build: (x, y) => placeGraphic(graphic, x, y, mx, my) };
          break;
        }
        case '~DG': {
          const comma = command.params.indexOf(',');
          const parts = command.params.slice(comma + 1).split(',');
          const name = objectName(command.params.slice(0, Math.max(0, comma)), 'GRF');
          state.graphics.set(name, decodeZplGraphic(`~DG ${name}`, command.offset, intParam(parts[0], 0, 0, Number.MAX_SAFE_INTEGER), intParam(parts[1], 0, 0, Number.MAX_SAFE_INTEGER), parts.slice(2).join(',')));
          break;
        }
        case '^PW': state.widthDots = checkSide(intParam(p[0], state.widthDots, 2, Number.MAX_SAFE_INTEGER), 'wide', command); break;
        case '^LL': state.heightDots = checkSide(intParam(p[0], state.heightDots, 1, Number.MAX_SAFE_INTEGER), 'long', command); break;
        case '^LH': state.homeX = intParam(p[0], 0, 0, 32_000); state.homeY = intParam(p[1], 0, 0, 32_000); break;
        case '^LS': state.shiftLeft = intParam(p[0], 0, -9999, 9999); break;
        case '^LT': state.shiftTop = intParam(p[0], 0, -120, 120); break;
        case '^PO': state.invert = (p[0] ?? 'N').toUpperCase() === 'I'; break;
        case '^LR': reverseAll = (p[0] ?? 'N').toUpperCase() === 'Y'; break;
        case '^MN': {
          const m = (p[0] ?? 'Y').toUpperCase();
          state.media = m === 'N' || m === 'V' ? 'continuous' : m === 'M' ? 'mark' : 'gap';
          break;
        }
        case '^FX': // a comment
        case '^CC': // caret, tilde: the tokenizer applied them
        case '~CC':
        case '^CT':
        case '~CT':
          break;
        case '^PQ':
          copies = intParam(p[0], 1, 1, zplLimits.maxCopies);
          replicates = intParam(p[2], 1, 1, zplLimits.maxCopies);
          break;
        case '^SN':
          field.data = { raw: serialValue(p[0] ?? '1', intParam(p[1], 1, -999_999_999_999, 999_999_999_999), serialStep), offset: command.offset };
          serial = true;
          break;
        case '^DF': {
          const name = objectName(p[0] ?? '', 'ZPL');
          const rest = list.slice(i + 1);
          const body = rest[0]?.name === '^FS' ? rest.slice(1) : rest;
          state.formats.set(name, body);
          return false;
        }
        case '^XF': {
          const name = objectName(p[0] ?? '', 'ZPL');
          const stored = state.formats.get(name);
          if (!stored) {
            throw new InklessError('INKLESS_IMPORT_ZPL_GRAPHIC_MISSING', `^XF at byte ${command.offset} recalls the format ${name}, which the job never stored with ^DF; nothing was printed`);
          }
          fnValues = collectFieldNumbers(list.slice(i + 1));
          if (list[i + 1]?.name === '^FS') i++;
          field = { x: 0, y: 0, typeset: false, placed: false, reverse: false };
          run(stored);
          recalled = true;
          break;
        }
        default:
          if (parseBarcode(command, p)) break;
          if (IGNORED.has(command.name)) {
            note('INKLESS_IMPORT_ZPL_IGNORED', command, 'printer setup; it does not change the label\'s dots and is ignored');
            break;
          }
          note('INKLESS_IMPORT_ZPL_UNSUPPORTED', command, 'this command is not supported and was skipped');
      }
    }
    return true;
  };

  function parseBarcode(command: ZplCommand, p: (string | undefined)[]): boolean {
    const spec = parseBarcodeCommand(command.name, p, state.module, state.orientation, state.dpi);
    if (!spec) return false;
    field.barcode = { spec, command };
    return true;
  }

  const printable = run(commands);
  if (field.data || field.make) flush({ name: '^XZ', params: '', offset: start });
  if (!printable || outside) return undefined;
  for (const f of fields) if (f.reverse) {
    notices.push({ code: 'INKLESS_IMPORT_ZPL_APPROXIMATE', command: f.command, offset: f.offset, message: `${f.command} at byte ${f.offset} is a reverse field (^FR): the bitmap reverses the dots under it, the document draws it black` });
  }
  const label: LabelSetup = {
    widthMm: (state.widthDots * 25.4) / state.dpi, heightMm: (state.heightDots * 25.4) / state.dpi, dpi: state.dpi as 203 | 300 | 600,
    orientation: state.invert ? 180 : 0, marginsMm: { top: 0, right: 0, bottom: 0, left: 0 },
    media: { type: state.media, gapMm: 3, markMm: 3, offsetMm: 0 },
  };
  return { label, fields, copies, replicates, serial, notices };
}

/**
 * ^SNv,n,z on the copy `step` steps after the first: the last run of digits in v plus step x n,
 * as wide as it was written (leading zeros kept; a carry widens it, going below zero wraps).
 * Text around the digits stays. v without digits prints as written.
 */
export function serialValue(start: string, increment: number, step: number): string {
  const m = /(\d+)(\D*)$/.exec(start);
  if (!m || step === 0) return start;
  const digits = m[1]!;
  const modulus = 10n ** BigInt(digits.length);
  let value = BigInt(digits) + BigInt(increment) * BigInt(step);
  if (value < 0n) value = ((value % modulus) + modulus) % modulus;
  return start.slice(0, m.index) + value.toString().padStart(digits.length, '0') + m[2]!;
}

/** ^FNn^FD... pairs in the commands after ^XF: the data for the recalled template's fields. */
function collectFieldNumbers(list: readonly ZplCommand[]): Map<number, string> {
  const values = new Map<number, string>();
  let current: number | undefined;
  for (const command of list) {
    if (command.name === '^FN') current = intParam(command.params.split(',')[0], 0, 0, 9999);
    else if ((command.name === '^FD' || command.name === '^FV') && current !== undefined) values.set(current, command.params);
    else if (command.name === '^FS') current = undefined;
  }
  return values;
}
