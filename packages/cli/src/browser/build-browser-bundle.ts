import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const entry = fileURLToPath(new URL('./browser-entry.ts', import.meta.url));

let cached: Promise<string> | undefined;

/**
 * Bundles the label engine for the browser as one script that sets `globalThis.InklessLabel`.
 * The same sources as in Node, unchanged: the bit-identity test and the preview page load this.
 */
export function buildBrowserBundle(): Promise<string> {
  cached ??= build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: 'InklessLabel',
    platform: 'browser',
    target: 'es2022',
    write: false,
    minify: false,
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return cached;
}
