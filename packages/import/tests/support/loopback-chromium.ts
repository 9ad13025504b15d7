// Headless Chromium on a loopback server that serves a bundled entry and a few files: the same
// engine module as in Node, run by a real browser, for the same-bits tests.
import { createServer, type Server } from 'node:http';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

export interface LoopbackChromium {
  /** Opens the page, waits for `globalName` and calls it with `arg`; fails if any request leaves the server. */
  call<T>(globalName: string, arg: unknown): Promise<T>;
  close(): Promise<void>;
}

/** Bundles `entryPath` for the browser, serves it at /entry.js beside `files` (path -> [type, bytes]), and starts Chromium. */
export async function startLoopbackChromium(entryPath: string, files: Record<string, [string, Uint8Array]>): Promise<LoopbackChromium> {
  const bundle = await build({
    entryPoints: [entryPath], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent',
  });
  const served: Record<string, [string, Uint8Array]> = {
    ...files,
    '/': ['text/html', Buffer.from('<!doctype html><script type="module" src="/entry.js"></script>')],
    '/entry.js': ['text/javascript', bundle.outputFiles[0]!.contents],
  };
  const server: Server = createServer((req, res) => {
    const file = served[req.url ?? ''];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser: Browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    async call<T>(globalName: string, arg: unknown): Promise<T> {
      const page = await browser.newPage();
      // Only the loopback server: any other request fails the call.
      const elsewhere: string[] = [];
      page.on('request', (r) => { if (!r.url().startsWith(origin)) elsewhere.push(r.url()); });
      await page.goto(`${origin}/`);
      await page.waitForFunction((name) => name in globalThis, globalName);
      const result = await page.evaluate(([name, a]) => (globalThis as unknown as Record<string, (x: unknown) => Promise<unknown>>)[name as string]!(a), [globalName, arg] as const);
      await page.close();
      if (elsewhere.length) throw new Error(`the page asked for ${elsewhere.join(', ')}, off the loopback server`);
      return result as T;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
