import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./browser-entry.ts', import.meta.url));

/** The esbuild options, run in a child process (see buildBrowserBundle). */
const BUILD_SCRIPT = `
import { build } from 'esbuild';
const result = await build({
  entryPoints: [process.argv[1]], bundle: true, format: 'iife', globalName: 'InklessLabel',
  platform: 'browser', target: 'es2022', write: false, minify: false, logLevel: 'silent',
});
process.stdout.write(result.outputFiles[0].text);
`;

let cached: Promise<string> | undefined;

/**
 * Bundles the label engine for the browser as one script that sets `globalThis.InklessLabel`.
 * The same sources as in Node, unchanged: the bit-identity test and the preview page load this.
 * esbuild runs in a child process that exits when done: its service would otherwise keep about
 * 100 MB for the life of a server that bundled once. Built once per process, on first use.
 */
export function buildBrowserBundle(): Promise<string> {
  cached ??= runBuild().catch((e: unknown) => {
    cached = undefined;
    throw e;
  });
  return cached;
}

function runBuild(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', BUILD_SCRIPT, entry], {
      cwd: fileURLToPath(new URL('.', import.meta.url)),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`bundling the engine for the browser failed (exit ${code}): ${err.trim().slice(-2000)}`));
    });
  });
}
