import { createServer, type Server } from 'node:http';
import { createPreviewAssets } from './preview-assets';

/**
 * The stand-alone preview server: the page, the engine bundle, the bundled fonts (manifest files
 * only) and the examples. The browser tests use it on port 0; `inkless serve` mounts the same
 * assets in the platform server.
 */
export async function createPreviewServer(): Promise<Server> {
  const assets = await createPreviewAssets();
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, type: string, body: string | Uint8Array) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      res.end(body);
    };
    if (req.method !== 'GET') return send(405, 'text/plain', 'method not allowed');
    // The page lives at /preview, as in `inkless serve` (where the studio has /).
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/preview', 'cache-control': 'no-store' });
      return res.end();
    }
    assets(url.pathname).then(
      (asset) => (asset ? send(200, asset.type, asset.body) : send(404, 'text/plain', 'not found')),
      () => send(500, 'text/plain', 'unavailable'),
    );
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
