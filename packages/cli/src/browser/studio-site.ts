import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ensureStudioBuilt } from '@inkless/web/studio-build';
import { CliError } from '../cli-error';
import { readFontByUrlPath } from './font-files';

/** Media types of the files a Vite build writes. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

/** Hashed build files never change under their name; everything else is revalidated. */
function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The file a URL path names inside dist/, or undefined when it would step outside it. */
function resolveInDist(distDir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = resolve(join(distDir, decoded));
  return file.startsWith(distDir + sep) ? file : undefined;
}

async function readIfFile(path: string | undefined): Promise<Buffer | undefined> {
  if (!path) return undefined;
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? readFile(path) : undefined;
}

function decodePath(urlPath: string): string | undefined {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
}

function notFound(reply: FastifyReply, what: string) {
  return reply.code(404).send({ error: { code: 'INKLESS_API_NOT_FOUND', message: `no route GET ${what}` } });
}

/**
 * Serves the label studio (packages/web/dist, built first when missing or stale) at `/`, with
 * the bundled fonts under /fonts/* and an SPA fallback: any other path outside /api that names
 * no file gets index.html, so a reload on any studio URL opens the studio.
 *
 * @example
 * await startServer(config, { site: registerStudioSite });
 */
export async function registerStudioSite(app: FastifyInstance, write?: (text: string) => void): Promise<void> {
  let distDir: string;
  try {
    distDir = resolve((await ensureStudioBuilt(write)).distDir);
  } catch (e) {
    throw new CliError('INKLESS_CLI_FILE', `could not build the studio in packages/web: ${(e as Error).message}; run "npm run build -w @inkless/web" to see the details`, 1, { cause: e });
  }
  const index = join(distDir, 'index.html');

  if (!app.hasRoute({ method: 'GET', url: '/fonts/*' })) {
    app.get('/fonts/*', (request, reply) => {
      const font = readFontByUrlPath(decodeURIComponent(request.url.split('?')[0]!));
      if (!font) return notFound(reply, request.url.split('?')[0]!);
      // Font files are fixed per release; the studio keeps them for offline use anyway.
      return reply.type('font/ttf').header('cache-control', 'public, max-age=86400').send(font);
    });
  }

  const serve = async (urlPath: string, reply: FastifyReply) => {
    // Decided on the decoded path, as the router decodes it: `/%61pi/x` is an unknown API path too.
    const decoded = decodePath(urlPath);
    if (decoded === undefined || decoded === '/api' || decoded.startsWith('/api/')) return notFound(reply, urlPath);
    const file = urlPath === '/' ? index : resolveInDist(distDir, urlPath);
    const body = await readIfFile(file);
    if (body) return reply.type(CONTENT_TYPES[extname(file!)] ?? 'application/octet-stream').header('cache-control', cacheControlFor(urlPath)).send(body);
    // A missing asset is a 404 (a stale page asking for an old hash); any other path is a studio route.
    if (extname(urlPath) !== '') return notFound(reply, urlPath);
    return reply.type(CONTENT_TYPES['.html']!).header('cache-control', 'no-cache').send(await readFile(index));
  };
  app.get('/', (_request, reply) => serve('/', reply));
  app.get('/*', (request, reply) => serve(request.url.split('?')[0]!, reply));
}
