import { documentLimits } from '@inkless/label';
import { z } from 'zod';
import { ApiError } from '../http/api-error';

/** Largest file `POST /api/import` and file print jobs take: a 100-page carrier PDF is a few MB. */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;
/** Base64 characters of a file of MAX_IMPORT_FILE_BYTES (4 for every 3 bytes). */
const MAX_IMPORT_BASE64_CHARS = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4;
/** A request's body: the file in base64 plus the options and JSON around it. */
export const IMPORT_BODY_LIMIT_BYTES = MAX_IMPORT_BASE64_CHARS + 512 * 1024;
/** Pages (PDF) or labels (ZPL) one request imports: each becomes a label held in the answer. */
export const MAX_IMPORT_PAGES = 20;
/** Dots per inch Inkless prints at, and so the ones a stock or a ZPL file may name. */
const DPIS = [152, 203, 300, 600] as const;
const MM_PER_INCH = 25.4;

const mmField = (what: string) => z.number({ error: `${what} is a length in millimetres` }).finite().positive({ error: `${what} is more than 0 mm` }).max(2000, { error: `${what} is at most 2000 mm` });

/** The file, as JSON: its name (for messages and the documents made of it) and its bytes in base64. */
export const importFileField = z.strictObject({
  name: z.string({ error: 'file.name is the file\'s name, e.g. "label.pdf"' }).min(1).max(255),
  /** Standard base64 (RFC 4648, with or without padding); its length is checked in the handler, for a 413. */
  base64: z.string({ error: 'file.base64 is the file\'s bytes in base64' }).regex(/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/, { error: 'file.base64 is not base64 (A-Z, a-z, 0-9, +, / and = padding)' }),
});

/** The label stock: a printer profile or a dpi, and a label size; 4 x 6 in at 203 dpi unless said. */
export const importStockField = z.strictObject({
  /** A printer profile id: its dpi is the stock's. */
  profile: z.string().min(1).max(100).optional(),
  dpi: z.union(DPIS.map((dpi) => z.literal(dpi)), { error: `stock.dpi is one of ${DPIS.join(', ')}` }).optional(),
  widthMm: mmField('stock.widthMm').optional(),
  heightMm: mmField('stock.heightMm').optional(),
});

/** How the file's pages become labels; every option has the default a thermal-printer user would pick. */
export const importOptionFields = {
  stock: importStockField.optional(),
  /** Pages as a user counts them, e.g. "1-3,5" (PDF pages, pictures' frames are one page; ZPL labels). Default: all. */
  pages: z.string({ error: 'pages is a list of page numbers and ranges, e.g. "1-3,5"' }).max(200).regex(/^\s*\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*\s*$/, { error: 'pages is a list of page numbers and ranges, e.g. "1-3,5"' }).optional(),
  /** The label's place on the page as displayed, mm from its top-left corner; default: found on the page. */
  region: z.strictObject({ xMm: z.number().finite().min(0).max(5080), yMm: z.number().finite().min(0).max(5080), widthMm: mmField('region.widthMm'), heightMm: mmField('region.heightMm') }).optional(),
  /** Clockwise turn; default 'auto' (a landscape label on portrait stock turns). */
  rotate: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270), z.literal('auto')], { error: 'rotate is 0, 90, 180, 270 or "auto"' }).optional(),
  /** fit (default): whole label inside the stock; fill: cover it, excess cropped; actual: printed mm = page mm. */
  fit: z.enum(['fit', 'fill', 'actual'], { error: 'fit is "fit", "fill" or "actual"' }).optional(),
  /** The dpi the ZPL was written for; default the stock's. */
  zplDpi: z.union([z.literal(203), z.literal(300), z.literal(600)], { error: 'zplDpi is 203, 300 or 600' }).optional(),
};

export type ImportFile = z.output<typeof importFileField>;
export type ImportStockInput = z.output<typeof importStockField>;

/** The stock in dots: what labels are fitted to. */
export interface StockDots {
  readonly widthDots: number;
  readonly heightDots: number;
  readonly dpi: number;
}

/** 4 x 6 in, the shipping label. */
const DEFAULT_WIDTH_MM = 4 * MM_PER_INCH;
const DEFAULT_HEIGHT_MM = 6 * MM_PER_INCH;

/**
 * The stock in dots at `dpi` (a profile's, or the one asked for), default 4 x 6 in; refused
 * (400) past the engine's dots per label, before any page is drawn at that size.
 */
export function stockDots(input: ImportStockInput | undefined, dpi: number): StockDots {
  const widthMm = input?.widthMm ?? DEFAULT_WIDTH_MM;
  const heightMm = input?.heightMm ?? DEFAULT_HEIGHT_MM;
  const stock = { dpi, widthDots: Math.max(1, Math.round((widthMm * dpi) / MM_PER_INCH)), heightDots: Math.max(1, Math.round((heightMm * dpi) / MM_PER_INCH)) };
  if (stock.widthDots * stock.heightDots > documentLimits.maxLabelDots) {
    throw new ApiError('INKLESS_API_BAD_REQUEST', `stock: ${widthMm} x ${heightMm} mm at ${dpi} dpi is ${stock.widthDots} x ${stock.heightDots} dots, over the ${documentLimits.maxLabelDots.toLocaleString('en-US')} dots one label may have; give the label's real size`, { path: 'stock' });
  }
  return stock;
}

/**
 * The file's bytes, refused with 413 past MAX_IMPORT_FILE_BYTES (checked on the base64 length,
 * before decoding) and with 400 when it is empty.
 */
export function decodeImportFile(file: ImportFile, path = 'file'): Uint8Array {
  const base64 = file.base64.replace(/\s+/g, '');
  const bytes = Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
  if (bytes > MAX_IMPORT_FILE_BYTES) {
    throw new ApiError('INKLESS_API_FILE_TOO_LARGE', `${describeName(file.name)} is ${formatMb(bytes)}; this server imports files up to ${formatMb(MAX_IMPORT_FILE_BYTES)}: split it, or choose the pages in your PDF viewer and save them as a new file`, { path: `${path}.base64` });
  }
  if (bytes === 0) throw new ApiError('INKLESS_API_BAD_REQUEST', `${path}.base64: ${describeName(file.name)} is empty`, { path: `${path}.base64` });
  const buffer = Buffer.from(base64, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Page numbers (from 1) of "1-3,5", in the order given, without repeats; more than
 * MAX_IMPORT_PAGES is refused as soon as it is counted, so "1-999999999" costs nothing.
 */
export function parsePageList(text: string, path = 'pages'): number[] {
  const pages = new Set<number>();
  for (const part of text.split(',')) {
    const [fromText, toText] = part.split('-').map((s) => s.trim());
    const from = Number(fromText);
    const to = toText === undefined ? from : Number(toText);
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 1 || to < from) {
      throw new ApiError('INKLESS_API_BAD_REQUEST', `${path}: "${part.trim()}" is not a page or a range of pages counted from 1 (like 2 or 3-5)`, { path });
    }
    // Each step adds a page or meets one already there, so a huge range stops after MAX_IMPORT_PAGES new ones.
    for (let page = from; page <= to; page++) {
      pages.add(page);
      if (pages.size > MAX_IMPORT_PAGES) {
        throw new ApiError('INKLESS_API_TOO_MANY_PAGES', `${path}: "${text.trim()}" names more than ${MAX_IMPORT_PAGES} pages, the most one request imports; send the rest in another request`, { path });
      }
    }
  }
  return [...pages];
}

function describeName(name: string): string {
  return `"${name.slice(0, 80)}"`;
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
