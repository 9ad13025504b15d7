// ZPL II in, Inkless labels out: each ^XA..^XZ format becomes an editable document and the bitmap
// a Zebra would print. Commands are read one by one (zpl-tokens), formats are buffered to their
// ^XZ (so ^XF templates can take the ^FN data that follows them) and then played on a small state
// machine: the printer's settings that last across formats (ZplPrinterState) and the field being
// built (from ^FO/^FT to ^FS).
import { InklessError, shareEncodings, type Bitmap1, type LabelDocument, type RenderEnv } from '@inkless/label';
import { bytesToLatin1, tokenizeZpl, type ZplCommand } from './zpl-tokens';
import { zplLimits } from './zpl-limits';
import { utf8ByteString } from './zpl-bytes';
import { playFormat, type ZplPrinterState } from './zpl-format';
import { renderZplLabel } from './zpl-render';
import { zplDocument } from './zpl-document';

export interface ZplOptions {
  /** Dots per inch the ZPL was written for (the printer it was meant for): 203, 300 or 600. */
  readonly dpi: number;
  /** Label size when the ZPL has no ^PW / ^LL (dots). Default 4 x 6 in at `dpi`. */
  readonly labelWidthDots?: number;
  readonly labelHeightDots?: number;
}

/** Something the interpreter did not do exactly as written: an unsupported command, an approximation. */
export interface ZplNotice {
  readonly code: string;
  /** The command as written, e.g. `^MC` or `~JA`. */
  readonly command: string;
  /** Byte offset of the command in the input. */
  readonly offset: number;
  readonly message: string;
}

export interface ZplLabel {
  /**
   * An editable Inkless document: text, barcodes, boxes, lines, ellipses, images as elements, at
   * `dpi`. Made the first time it is read and kept: printing needs only `bitmap`, and each graphic
   * (^GF, ^XG) becomes a PNG image element here.
   */
  readonly document: LabelDocument;
  /** The label at `dpi`, as a Zebra would print it. */
  readonly bitmap: Bitmap1;
  /** ^PQ quantity; 1 on labels with ^SN serial fields, whose copies each come as a label of their own. */
  readonly copies: number;
  /** Byte offset of its ^XA. */
  readonly offset: number;
  readonly notices: readonly ZplNotice[];
}

const SUPPORTED_DPI = new Set([203, 300, 600]);

/** Input as latin1 characters, one per byte, after the size check. */
function toText(input: Uint8Array | string): string {
  const length = typeof input === 'string' ? input.length : input.length;
  if (length > zplLimits.maxInputBytes) {
    throw new InklessError('INKLESS_IMPORT_ZPL_TOO_LARGE', `the ZPL is ${length} bytes; at most ${zplLimits.maxInputBytes} are accepted in one job`);
  }
  return typeof input === 'string' ? utf8ByteString(input) : bytesToLatin1(input);
}

/**
 * Interprets a ZPL II job. Every label between ^XA and ^XZ becomes its bitmap and, when read, its
 * document; graphics go on the bitmap dot for dot (with `env.drawOnLabel: false` they are drawn
 * from their image elements by the engine instead: the same dots, slower). Commands outside the supported set are named in `notices` with their byte offsets. Throws an
 * InklessError (code INKLESS_IMPORT_ZPL_*) for input that cannot be printed as meant: a format
 * without ^XZ, a damaged graphic, a recalled graphic never stored, huge fields or label sizes.
 *
 * @example
 * const fonts = new FontSet();
 * registerBundledFonts(fonts, loadFace); // the host reads the bundled font files
 * const env = { fonts };
 * const { labels } = interpretZpl('^XA^FO50,50^A0N,40^FDHello^FS^XZ', { dpi: 203 }, env);
 * send(labels[0].bitmap);
 */
export function interpretZpl(input: Uint8Array | string, options: ZplOptions, env: RenderEnv): { labels: ZplLabel[]; notices: ZplNotice[] } {
  if (!SUPPORTED_DPI.has(options.dpi)) {
    throw new InklessError('INKLESS_IMPORT_ZPL_DPI', `ZPL can be interpreted at 203, 300 or 600 dpi, not ${options.dpi}; pick the printer's dpi`);
  }
  const text = toText(input);
  const state = createPrinterState(options);
  const labels: ZplLabel[] = [];
  const notices: ZplNotice[] = [];
  let format: ZplCommand[] | undefined;
  let start = 0;
  for (const command of tokenizeZpl(text)) {
    if (command.name === '^XA') {
      if (format) notices.push({ code: 'INKLESS_IMPORT_ZPL_IGNORED', command: '^XA', offset: command.offset, message: `^XA at byte ${command.offset} comes inside the format started at byte ${start}; it continues that format` });
      else {
        format = [];
        start = command.offset;
      }
      continue;
    }
    if (command.name === '^XZ') {
      if (!format) {
        notices.push({ code: 'INKLESS_IMPORT_ZPL_IGNORED', command: '^XZ', offset: command.offset, message: `^XZ at byte ${command.offset} ends no format; ignored` });
        continue;
      }
      const commands = format;
      format = undefined;
      // One label's barcodes are encoded once: to size their boxes here and to draw them in the engine.
      const label = shareEncodings(() => playLabel(commands, start, state, env, notices, labels.length));
      if (!label) continue;
      labels.push(label.label);
      if (label.serial && labels.length - 1 + label.copies > zplLimits.maxLabels) {
        throw new InklessError('INKLESS_IMPORT_ZPL_TOO_MANY', `the format at byte ${start} prints ${label.copies} copies with serial numbers (^SN), each a label of its own; with the labels before it that is more than ${zplLimits.maxLabels} in one job: split the job`);
      }
      // ^SN fields count up from copy to copy (^PQ r copies per value): each copy is a label of its own.
      for (let copy = 1; label.serial && copy < label.copies; copy++) {
        const step = Math.floor(copy / label.replicates);
        const next = shareEncodings(() => playLabel(commands, start, state, env, [], labels.length, step));
        if (next) labels.push(next.label);
      }
      continue;
    }
    if (format) format.push(command);
    else playFormat([command], command.offset, state, env, notices, true);
  }
  if (format) {
    throw new InklessError('INKLESS_IMPORT_ZPL_UNTERMINATED', `the format that starts with ^XA at byte ${start} never ends: ^XZ is missing, so the job was not printed`);
  }
  return { labels, notices };
}

/**
 * Plays one format and draws its label (`serialStep` copies after the first, for ^SN); undefined
 * for a format that only stores (^DF).
 */
function playLabel(commands: readonly ZplCommand[], start: number, state: ZplPrinterState, env: RenderEnv, notices: ZplNotice[], labelsBefore: number, serialStep = 0): { label: ZplLabel; serial: boolean; copies: number; replicates: number } | undefined {
  const played = playFormat(commands, start, state, env, notices, false, serialStep);
  if (!played) return undefined;
  if (labelsBefore >= zplLimits.maxLabels) {
    throw new InklessError('INKLESS_IMPORT_ZPL_TOO_MANY', `the ZPL holds more than ${zplLimits.maxLabels} labels (the one at byte ${start} is over); split the job`);
  }
  const rendered = renderZplLabel(played.label, played.fields, env);
  const refused = new Set(rendered.refused.map((r) => r.index));
  for (const r of rendered.refused) {
    const field = played.fields[r.index]!;
    played.notices.push({ code: 'INKLESS_IMPORT_ZPL_FIELD_SKIPPED', command: field.command, offset: field.offset, message: `${field.command} at byte ${field.offset} was left out: ${r.issue.message}` });
  }
  let document: LabelDocument | undefined;
  const label: ZplLabel = {
    get document() {
      return (document ??= zplDocument(played.label, played.fields, refused));
    },
    bitmap: rendered.bitmap, copies: played.serial ? 1 : played.copies, offset: start, notices: played.notices,
  };
  return { label, serial: played.serial, copies: played.copies, replicates: played.replicates };
}

function createPrinterState(options: ZplOptions): ZplPrinterState {
  const dpi = options.dpi;
  for (const [side, dots] of [['wide', options.labelWidthDots], ['long', options.labelHeightDots]] as const) {
    if (dots !== undefined && (!Number.isInteger(dots) || dots < 1 || dots > zplLimits.maxSideDots)) {
      throw new InklessError('INKLESS_IMPORT_ZPL_LABEL_SIZE', `the label asked for is ${dots} dots ${side}; it must be a whole number of dots from 1 to ${zplLimits.maxSideDots}`);
    }
  }
  return {
    dpi,
    widthDots: options.labelWidthDots ?? Math.round(4 * dpi),
    heightDots: options.labelHeightDots ?? Math.round(6 * dpi),
    homeX: 0, homeY: 0, shiftLeft: 0, shiftTop: 0, invert: false, media: 'gap',
    module: { moduleDots: 2, ratio: 3, heightDots: 10 },
    font: { name: 'A', heightDots: 9, widthDots: 5 },
    orientation: 0, charset: 0,
    graphics: new Map(), formats: new Map(),
  };
}
