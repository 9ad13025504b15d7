import { findProfile, suggestProfileIds } from '@inkless/printers';
import { ApiError, type ServerErrorCode } from '../http/api-error';
import type { Renderer } from '../render/renderer';
import { decodeImportFile, parsePageList, stockDots, type ImportFile, type ImportStockInput, type StockDots } from './import-options';
import type { ImportResponse, ImportTaskOptions } from './import-types';

/** An import as a route has it after parsing: the file and the options of `importOptionFields`. */
export interface ImportRequest {
  readonly file: ImportFile;
  readonly stock?: ImportStockInput | undefined;
  readonly pages?: string | undefined;
  readonly region?: ImportTaskOptions['regionMm'] | undefined;
  readonly rotate?: ImportTaskOptions['rotate'] | undefined;
  readonly fit?: ImportTaskOptions['fit'] | undefined;
  readonly zplDpi?: number | undefined;
}

/** 203 dpi: the commonest thermal printer, and the default stock's. */
const DEFAULT_DPI = 203;

/**
 * The stock of `POST /api/import`: a profile's dpi, or the dpi given, or 203; the size given or 4 x 6 in.
 * A print job passes its printer's profile instead (`dpiFromProfile`).
 */
export function resolveImportStock(stock: ImportStockInput | undefined): StockDots {
  if (stock?.profile !== undefined) {
    const profile = findProfile(stock.profile);
    if (!profile) {
      const close = suggestProfileIds(stock.profile);
      throw new ApiError('INKLESS_API_BAD_REQUEST', `stock.profile: no printer profile "${stock.profile.slice(0, 100)}"${close.length > 0 ? `; did you mean ${close.join(', ')}?` : ''}`, { path: 'stock.profile' });
    }
    if (stock.dpi !== undefined && stock.dpi !== profile.dpi) {
      throw new ApiError('INKLESS_API_BAD_REQUEST', `stock.dpi: ${profile.name} prints at ${profile.dpi} dpi, not ${stock.dpi}; give one of the two`, { path: 'stock.dpi' });
    }
    return stockDots(stock, profile.dpi);
  }
  return stockDots(stock, stock?.dpi ?? DEFAULT_DPI);
}

/**
 * Imports a file in the render pool (a worker thread under the import time limit, never the
 * request thread) and answers its labels, or throws the refusal as an ApiError: the server's own
 * limits with their codes, the file's problems as 422 INKLESS_API_FILE_REFUSED with the import
 * package's code in `issues[0].code` and a message saying what and where (page, byte offset).
 */
export async function importFile(renderer: Renderer, request: ImportRequest, stock: StockDots, extra: Pick<ImportTaskOptions, 'exactDots'> = {}): Promise<ImportResponse> {
  const bytes = decodeImportFile(request.file);
  const options: ImportTaskOptions = {
    fileName: request.file.name, stock, ...extra,
    ...(request.pages === undefined ? {} : { pages: parsePageList(request.pages) }),
    ...(request.region === undefined ? {} : { regionMm: request.region }),
    ...(request.rotate === undefined ? {} : { rotate: request.rotate }),
    ...(request.fit === undefined ? {} : { fit: request.fit }),
    ...(request.zplDpi === undefined ? {} : { zplDpi: request.zplDpi }),
  };
  const outcome = await renderer.pool.run({ kind: 'import', bytes, options });
  if (outcome.ok) return outcome.result;
  const { refusal } = outcome;
  if (refusal.serverCode) throw new ApiError(refusal.code as ServerErrorCode, refusal.message, { path: refusal.code === 'INKLESS_API_TOO_MANY_PAGES' ? 'pages' : 'file' });
  const name = request.file.name.slice(0, 80);
  throw new ApiError('INKLESS_API_FILE_REFUSED', `"${name}" cannot be imported: ${refusal.message}`, { path: 'file', issues: [{ code: refusal.code, path: 'file', message: refusal.message }] });
}
