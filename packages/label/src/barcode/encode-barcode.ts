import { fail, joinPath, ok, type Issue, type Result } from '../errors/issue';
import { checkBarcodeOptions, type BwipOptionValue } from './barcode-options';
import { BWIP_IDS, UnsupportedSymbolError, encodeWithBwip } from './bwip';
import { CODE39_CHARS, computeCode39Check } from './check-digit';
import { FNC1, code128Runs, encodeCode128Codewords } from './code128';
import { formatGs1Hri, parseGs1, type Gs1Element } from './gs1';
import { isPredefinedLengthAi } from './gs1-ais';
import { documentLimits } from '../document/limits';
import { capacityOf, checkCapacityBound, checkQrCapacity, describeOverCapacity, formatCount } from './capacity';
import { encodeQrMatrix, encodeUtf8, measureQrSide, type QrErrorLevel } from './qr';
import { findSymbology, type SymbologyInfo } from './symbologies';
import { shareSymbol, sharedSymbol } from './shared-encodings';
import type { BarcodeSymbol, LinearSymbol } from './symbol';
import { checkDigitKey, checkUpce, type Checked } from './validate-retail';

/** What to encode. `symbology` is a first-class id (see FIRST_CLASS_SYMBOLOGIES) or any bwip-js bcid. */
export interface BarcodeRequest {
  readonly symbology: string;
  readonly data: string;
  /** QR error correction (QR and GS1 QR). Default M. */
  readonly qrErrorLevel?: QrErrorLevel;
  /** Code 39: append the optional mod-43 check character. */
  readonly checkDigit?: boolean;
  /** bwip-js encoding options from a safe allow-list (see barcode-options.ts). */
  readonly options?: Readonly<Record<string, unknown>>;
}

/** How much of the symbol to make. */
export interface EncodeOptions {
  /**
   * Only the symbol's size is needed (checks): a QR Code's version is worked out from its capacity
   * and its matrix is not built, so `bits` is empty. Every other symbol is encoded in full (cheap).
   */
  readonly shapeOnly?: boolean;
}

interface EncodeContext {
  readonly info: SymbologyInfo;
  readonly shapeOnly: boolean;
  readonly request: BarcodeRequest;
  readonly options: Record<string, BwipOptionValue>;
  /** Path of the data field, for issues. */
  readonly dataPath: string;
}

type Encoder = (ctx: EncodeContext) => Result<BarcodeSymbol>;

/**
 * Validates and encodes barcode data into a symbol in modules (no pixels). Expected problems come
 * back as issues at `path.data`, `path.symbology` or `path.options.<key>`; nothing throws.
 *
 * @example
 * const r = encodeBarcode({ symbology: 'ean13', data: '590123412345' }, 'elements[2]');
 * if (r.ok) rasterizeSymbol(r.value, { moduleDots: 3, barHeightDots: 150 });
 */
export function encodeBarcode(request: BarcodeRequest, path = '', encodeOptions: EncodeOptions = {}): Result<BarcodeSymbol> {
  const dataPath = joinPath(path, 'data');
  const info = findSymbology(request.symbology, BWIP_IDS);
  if (!info) {
    return fail([{ code: 'INKLESS_BARCODE_SYMBOLOGY_UNKNOWN', path: joinPath(path, 'symbology'), message: `unknown symbology "${request.symbology}"; use e.g. code128, ean13, qrcode, datamatrix or a bwip-js id` }]);
  }
  const { options, issues } = checkBarcodeOptions(request.options, joinPath(path, 'options'));
  if (issues.length) return fail(issues);
  const data = request.data;
  if (data.length === 0) return fail([{ code: 'INKLESS_BARCODE_EMPTY', path: dataPath, message: `${info.label} needs data; the field is empty` }]);
  const max = documentLimits.maxBarcodeDataChars;
  if (data.length > max) return fail([{ code: 'INKLESS_BARCODE_TOO_LONG', path: dataPath, message: `barcode data is ${formatCount(data.length)} characters; no barcode holds more than ${formatCount(max)}` }]);
  const shapeOnly = encodeOptions.shapeOnly === true;
  // Inside shareEncodings, a request made before in the same run (one label) is not encoded again.
  const key = JSON.stringify([info.id, data, request.qrErrorLevel ?? null, request.checkDigit === true, options, shapeOnly]);
  const known = sharedSymbol(key);
  if (known) return ok(known);
  const encoder = encoders[info.id] ?? encodeGeneric;
  const encoded = encoder({ info, request, options, dataPath, shapeOnly });
  if (encoded.ok) shareSymbol(key, encoded.value);
  return encoded;
}

const problem = (ctx: EncodeContext, code: string, message: string): Result<BarcodeSymbol> => fail([{ code, path: ctx.dataPath, message }]);

function linearFromCodewords(ctx: EncodeContext, codewords: number[], hrt: string): LinearSymbol {
  return { kind: 'linear', symbology: ctx.info.id, modules: code128Runs(codewords), twoWidth: false, quietLeft: 10, quietRight: 10, hrt, hrtLayout: 'plain' };
}

/** Code 128 has no length limit of its own; past this a symbol is wider than scanners read well. */
const CODE128_MAX_CHARS = 80;

function encodeCode128(ctx: EncodeContext): Result<BarcodeSymbol> {
  const chars: number[] = [];
  for (let i = 0; i < ctx.request.data.length; i++) {
    const c = ctx.request.data.charCodeAt(i);
    if (c > 127) return problem(ctx, 'INKLESS_BARCODE_CHARSET', `Code 128 encodes ASCII only; character ${i + 1} "${ctx.request.data[i]}" is not (use qrcode or datamatrix for other text)`);
    chars.push(c);
  }
  if (chars.length > CODE128_MAX_CHARS) {
    return problem(ctx, 'INKLESS_BARCODE_TOO_LONG', `Code 128 holds at most ${CODE128_MAX_CHARS} characters in Inkless (longer ones are too wide to scan well); this data is ${chars.length} characters: use a 2D code such as qrcode or datamatrix`);
  }
  return ok(linearFromCodewords(ctx, encodeCode128Codewords(chars), ctx.request.data.replace(/[\x00-\x1f\x7f]/g, '')));
}

/** AI and value digits with FNC1 after every variable-length AI except the last. */
function gs1Chars(elements: readonly Gs1Element[]): number[] {
  const chars: number[] = [FNC1];
  elements.forEach((el, i) => {
    for (const ch of el.ai + el.value) chars.push(ch.charCodeAt(0));
    if (i < elements.length - 1 && !isPredefinedLengthAi(el.ai)) chars.push(FNC1);
  });
  return chars;
}

function encodeGs1128(ctx: EncodeContext): Result<BarcodeSymbol> {
  const parsed = parseGs1(ctx.request.data, ctx.dataPath);
  if (!parsed.ok) return fail(parsed.issues);
  const chars = gs1Chars(parsed.elements);
  if (chars.length - 1 > 48) return problem(ctx, 'INKLESS_BARCODE_TOO_LONG', `GS1-128 holds at most 48 data characters, this data needs ${chars.length - 1}; split it over two symbols`);
  return ok(linearFromCodewords(ctx, encodeCode128Codewords(chars), formatGs1Hri(parsed.elements)));
}

/**
 * Runs bwip-js and turns its errors into issues. Data over a 2D symbology's capacity bound is
 * refused before the encoder runs; when the encoder finds data too long, the message says the limits.
 */
function viaBwip(ctx: EncodeContext, text: string, hrt: string, extra: Record<string, BwipOptionValue> = {}): Result<BarcodeSymbol> {
  const capacity = capacityOf(ctx.info.id, ctx.request.qrErrorLevel ?? 'M');
  const over = capacity && !ctx.info.gs1 ? checkCapacityBound(ctx.info.label, capacity, ctx.request.data) : undefined;
  if (over) return problem(ctx, 'INKLESS_BARCODE_TOO_LONG', over);
  try {
    return ok(encodeWithBwip(ctx.info, text, { ...ctx.options, ...extra }, hrt));
  } catch (e) {
    if (e instanceof UnsupportedSymbolError) return fail([{ code: 'INKLESS_BARCODE_SYMBOLOGY_UNSUPPORTED', path: ctx.dataPath.replace(/data$/, 'symbology'), message: e.message }]);
    const reason = (e instanceof Error ? e.message : String(e)).replace(/^bwipp\.\w+#?\d*:\s*/, '');
    const tooLong = /too long|exceed|maximum|too big|too large|no valid symbol|capacity/i.test(reason);
    if (tooLong && capacity) return problem(ctx, 'INKLESS_BARCODE_TOO_LONG', describeOverCapacity(ctx.info.label, capacity, ctx.request.data));
    return problem(ctx, tooLong ? 'INKLESS_BARCODE_TOO_LONG' : 'INKLESS_BARCODE_ENCODE_FAILED', `${ctx.info.label} cannot encode this data: ${reason}`);
  }
}

function viaDigitKey(bodyLength: number, hrtOf: (digits: string) => string = (d) => d): Encoder {
  return (ctx) => {
    const checked: Checked = ctx.info.id === 'upce' ? checkUpce(ctx.request.data) : checkDigitKey(ctx.info.label, ctx.request.data, bodyLength);
    if (!checked.ok) return problem(ctx, checked.problem.code, checked.problem.message);
    const symbol = viaBwip(ctx, checked.digits, hrtOf(checked.digits));
    if (!symbol.ok || symbol.value.kind !== 'linear' || ctx.info.id !== 'itf14') return symbol;
    return ok({ ...symbol.value, bearerModules: 2 });
  };
}

function encodeCode39(ctx: EncodeContext): Result<BarcodeSymbol> {
  const data = ctx.request.data;
  for (let i = 0; i < data.length; i++) {
    if (!CODE39_CHARS.includes(data[i]!)) {
      const hint = /[a-z]/.test(data[i]!) ? ' (Code 39 has no lower case: write it in capitals or use code39ext)' : ' (allowed: 0-9 A-Z - . space $ / + %)';
      return problem(ctx, 'INKLESS_BARCODE_CHARSET', `Code 39 cannot encode character ${i + 1} "${data[i]}"${hint}`);
    }
  }
  const text = ctx.request.checkDigit ? data + computeCode39Check(data) : data;
  return viaBwip(ctx, text, text, { includecheck: false });
}

function encodeCode93(ctx: EncodeContext): Result<BarcodeSymbol> {
  const data = ctx.request.data;
  for (let i = 0; i < data.length; i++) {
    if (!CODE39_CHARS.includes(data[i]!)) return problem(ctx, 'INKLESS_BARCODE_CHARSET', `Code 93 cannot encode character ${i + 1} "${data[i]}" (allowed: 0-9 A-Z - . space $ / + %; use code93ext for full ASCII)`);
  }
  return viaBwip(ctx, data, data, { includecheck: true });
}

function encodeCodabar(ctx: EncodeContext): Result<BarcodeSymbol> {
  const raw = ctx.request.data.toUpperCase();
  const framed = /^[A-D].*[A-D]$/.test(raw) && raw.length >= 2 ? raw : `A${raw}A`;
  const body = framed.slice(1, -1);
  const bad = [...body].findIndex((ch) => !'0123456789-$:/.+'.includes(ch));
  if (bad >= 0 || body.length === 0) {
    return problem(ctx, 'INKLESS_BARCODE_CHARSET', body.length === 0 ? 'Codabar needs at least one character between its start and stop letters' : `Codabar cannot encode "${body[bad]}"; allowed: 0-9 - $ : / . + (and A-D as start/stop)`);
  }
  return viaBwip(ctx, framed, body);
}

/** bwip-js reads text as bytes: characters above U+00FF go in as UTF-8. */
function toByteString(text: string): string {
  if (!/[^\u0000-\u00ff]/.test(text)) return text;
  return String.fromCharCode(...encodeUtf8(text));
}

function encodeQr(ctx: EncodeContext): Result<BarcodeSymbol> {
  const level = ctx.request.qrErrorLevel ?? 'M';
  const over = checkQrCapacity(ctx.request.data, level);
  if (over) return problem(ctx, 'INKLESS_BARCODE_TOO_LONG', over);
  if (!ctx.shapeOnly) return ok(encodeQrMatrix(ctx.request.data, level));
  const side = measureQrSide(ctx.request.data, level);
  return ok({ kind: 'matrix', symbology: 'qrcode', width: side, height: side, bits: new Uint8Array(0), quiet: 4 });
}

function encodeGs1Matrix(ctx: EncodeContext): Result<BarcodeSymbol> {
  const parsed = parseGs1(ctx.request.data, ctx.dataPath);
  if (!parsed.ok) return fail(parsed.issues);
  const hri = formatGs1Hri(parsed.elements);
  const extra: Record<string, BwipOptionValue> = ctx.info.id === 'gs1qrcode' ? { eclevel: ctx.request.qrErrorLevel ?? 'M' } : {};
  return viaBwip(ctx, hri, hri, extra);
}

function encodeGeneric(ctx: EncodeContext): Result<BarcodeSymbol> {
  const extra: Record<string, BwipOptionValue> = ctx.request.qrErrorLevel && /qrcode$/.test(ctx.info.id) && ctx.options.eclevel === undefined ? { eclevel: ctx.request.qrErrorLevel } : {};
  return viaBwip(ctx, toByteString(ctx.request.data), ctx.request.data, extra);
}

const encoders: Readonly<Record<string, Encoder>> = {
  code128: encodeCode128,
  'gs1-128': encodeGs1128,
  code39: encodeCode39,
  code93: encodeCode93,
  ean13: viaDigitKey(12),
  ean8: viaDigitKey(7),
  upca: viaDigitKey(11),
  upce: viaDigitKey(7),
  itf14: viaDigitKey(13),
  codabar: encodeCodabar,
  qrcode: encodeQr,
  gs1qrcode: encodeGs1Matrix,
  gs1datamatrix: encodeGs1Matrix,
};

/** Issues only: the check() half of encodeBarcode, for editors that validate as you type. */
export function validateBarcode(request: BarcodeRequest, path = ''): Issue[] {
  const r = encodeBarcode(request, path);
  return r.ok ? [] : [...r.issues];
}
