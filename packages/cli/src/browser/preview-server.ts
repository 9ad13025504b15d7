import { createServer, type Server } from 'node:http';
import { buildBrowserBundle } from './build-browser-bundle';
import { readFontByUrlPath } from './font-files';
import { previewPage } from './preview-page';
import { listExamples } from '../examples/list-examples';

/**
 * The local preview server: the page, the engine bundle, the bundled fonts (manifest files only)
 * and the examples. `inkless serve` listens with it; the browser tests use it on port 0.
 */
export async function createPreviewServer(): Promise<Server> {
  const bundle = await buildBrowserBundle();
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, type: string, body: string | Uint8Array) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      res.end(body);
    };
    if (req.method !== 'GET') return send(405, 'text/plain', 'method not allowed');
    if (url.pathname === '/') return send(200, 'text/html; charset=utf-8', previewPage());
    if (url.pathname === '/inkless-label.js') return send(200, 'text/javascript; charset=utf-8', bundle);
    if (url.pathname === '/examples.json') {
      listExamples().then((list) => send(200, 'application/json', JSON.stringify(list)), () => send(500, 'text/plain', 'examples unavailable'));
      return;
    }
    const font = url.pathname.startsWith('/fonts/') ? readFontByUrlPath(decodeURIComponent(url.pathname)) : undefined;
    if (font) return send(200, 'font/ttf', font);
    send(404, 'text/plain', 'not found');
  });
}

/** Listens and resolves with the port (pass 0 for any free one). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
