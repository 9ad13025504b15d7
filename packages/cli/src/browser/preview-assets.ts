import { buildBrowserBundle } from './build-browser-bundle';
import { readFontByUrlPath } from './font-files';
import { previewPage } from './preview-page';
import { listExamples } from '../examples/list-examples';

/** One file of the preview page. */
export interface PreviewAsset {
  readonly type: string;
  readonly body: string | Uint8Array;
}

/** The paths the preview page is made of ('/fonts/...' besides); the studio has `/`. */
export const PREVIEW_PATHS = ['/preview', '/preview/inkless-label.js', '/preview/examples.json'] as const;

/**
 * The preview page's files by URL path: the page, the engine bundle (built on first request, once), the bundled
 * fonts and the examples; undefined for anything else. Both the stand-alone preview server and
 * the platform server (`inkless serve`) answer with it.
 */
export async function createPreviewAssets(): Promise<(pathname: string) => Promise<PreviewAsset | undefined>> {
  return async (pathname) => {
    if (pathname === '/preview') return { type: 'text/html; charset=utf-8', body: previewPage() };
    if (pathname === '/preview/inkless-label.js') return { type: 'text/javascript; charset=utf-8', body: await buildBrowserBundle() };
    if (pathname === '/preview/examples.json') return { type: 'application/json', body: JSON.stringify(await listExamples()) };
    const font = pathname.startsWith('/fonts/') ? readFontByUrlPath(decodeURIComponent(pathname)) : undefined;
    return font ? { type: 'font/ttf', body: font } : undefined;
  };
}
