import { ApiError } from '../http/api-error';
import { MAX_IMPORT_PAGES } from './import-options';

/**
 * The pages (or ZPL labels) to import, from 1: the ones asked for, each of which must exist, or
 * all of them when there are at most MAX_IMPORT_PAGES (checked before any page is drawn).
 */
export function choosePages(asked: readonly number[] | undefined, count: number, unit: 'page' | 'label'): number[] {
  if (asked === undefined) {
    if (count > MAX_IMPORT_PAGES) {
      throw new ApiError('INKLESS_API_TOO_MANY_PAGES', `the file has ${count.toLocaleString('en-US')} ${unit}s; one request imports at most ${MAX_IMPORT_PAGES}: choose them with "pages" (e.g. "1-${MAX_IMPORT_PAGES}") and send the rest in another request`, { path: 'pages' });
    }
    return Array.from({ length: count }, (_, i) => i + 1);
  }
  const missing = asked.find((n) => n > count);
  if (missing !== undefined) {
    throw new ApiError('INKLESS_API_BAD_REQUEST', `pages: there is no ${unit} ${missing}; the file has ${count.toLocaleString('en-US')} ${unit}${count === 1 ? '' : 's'}`, { path: 'pages' });
  }
  return [...asked];
}
