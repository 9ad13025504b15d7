// The studio's service worker (built to /sw.js): it keeps the studio's files so the studio opens
// and works offline after its first visit. Labels live in IndexedDB and fonts in the font cache,
// so nothing else is needed to design offline. /api is never cached.

// The DOM library has no service-worker types (and the WebWorker library clashes with it), so the
// few parts used are declared here.
interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScopeLike {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  readonly location: Location;
}

const scope = self as unknown as ServiceWorkerScopeLike;

/** The studio's files (precache.json lists them). Immutable hashed assets, so one cache is enough. */
const APP_CACHE = 'inkless-studio-v1';
/** Shared with src/fonts/load-fonts.ts, which fills it. */
const FONT_CACHE = 'inkless-fonts-v1';

/** Caches every file of the current build and drops files of earlier builds. */
async function precache(): Promise<void> {
  const response = await fetch('/precache.json', { cache: 'no-store' });
  if (!response.ok) return;
  const { files } = (await response.json()) as { files: string[] };
  const cache = await caches.open(APP_CACHE);
  // Hashed files never change under their name: only fetch the ones not kept yet (and the page).
  const missing: string[] = [];
  for (const file of files) if (file === '/' || !(await cache.match(file))) missing.push(file);
  await cache.addAll(missing.map((f) => new Request(f, { cache: 'reload' })));
  const wanted = new Set(files.map((f) => new URL(f, scope.location.origin).href));
  for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
}

/** The network first (the newest studio when online), the cache when offline. */
async function fromNetworkFirst(request: Request, fallbackPath?: string): Promise<Response> {
  const cache = await caches.open(APP_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && request.method === 'GET') await cache.put(fallbackPath ?? request, response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(request)) ?? (fallbackPath ? await cache.match(fallbackPath) : undefined);
    if (cached) return cached;
    throw error;
  }
}

/** Cache first for files that never change under the same URL (hashed assets, font files). */
async function fromCacheFirst(request: Request, cacheName: string): Promise<Response> {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

scope.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => scope.skipWaiting()));
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(scope.clients.claim());
});

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    // Every studio page is the one index.html (the server's SPA fallback); refresh the file list too.
    event.respondWith(fromNetworkFirst(request, '/'));
    event.waitUntil(precache().catch(() => undefined));
    return;
  }
  if (url.pathname.startsWith('/fonts/')) return event.respondWith(fromCacheFirst(request, FONT_CACHE));
  if (url.pathname.startsWith('/assets/')) return event.respondWith(fromCacheFirst(request, APP_CACHE));
  event.respondWith(fromNetworkFirst(request));
});
