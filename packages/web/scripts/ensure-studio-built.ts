import { existsSync, mkdirSync, openSync, closeSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('../', import.meta.url));
const packagesDir = dirname(webDir.replace(/\/$/, ''));

/** Where the built studio lives (gitignored): `vite build` and `npm start` both write it. */
export const STUDIO_DIST_DIR = join(webDir, 'dist');

/**
 * Sources the build depends on: the studio's own files, and the engine and drivers it bundles
 * (an edit to the rasterizer must reach the browser, or the preview would differ from print).
 */
const SOURCE_ROOTS = [join(webDir, 'src'), join(webDir, 'public'), join(packagesDir, 'label', 'src'), join(packagesDir, 'printers', 'src'), join(packagesDir, 'import', 'src')];
const SOURCE_FILES = [join(webDir, 'index.html'), join(webDir, 'vite.config.ts'), join(webDir, 'package.json')];

/** A lock older than this was left by a build that died; it is taken over. */
const STALE_LOCK_MS = 5 * 60_000;
const LOCK_POLL_MS = 200;

/** The newest modification time of the files the studio is built from (tests excluded: they are not bundled). */
export function findNewestSourceMs(): number {
  let newest = 0;
  for (const file of SOURCE_FILES) if (existsSync(file)) newest = Math.max(newest, statSync(file).mtimeMs);
  for (const root of SOURCE_ROOTS) {
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || /\.test\.tsx?$/.test(entry.name)) continue;
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** Whether dist/ holds a build at least as new as every source. */
export function isStudioBuildFresh(distDir = STUDIO_DIST_DIR): boolean {
  const index = join(distDir, 'index.html');
  return existsSync(index) && statSync(index).mtimeMs >= findNewestSourceMs();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the build lock (one build at a time across processes: tests run in parallel). */
async function acquireLock(lockPath: string): Promise<() => void> {
  for (;;) {
    try {
      closeSync(openSync(lockPath, 'wx'));
      return () => rmSync(lockPath, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const age = Date.now() - (statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(lockPath, { force: true });
      else await sleep(LOCK_POLL_MS);
    }
  }
}

export interface StudioBuild {
  readonly distDir: string;
  /** Whether this call built it (false: dist/ was already up to date). */
  readonly built: boolean;
  readonly buildMs: number;
}

/**
 * Makes sure packages/web/dist holds a build of the current sources, running Vite's build() when
 * it is missing or older than any source, so `npm install && npm start` serves the studio with
 * no extra step. Builds into a temporary folder and swaps it in, under a lock, so a server (or a
 * parallel test) never sees half a build. `write` gets the progress line.
 *
 * @example
 * const { distDir } = await ensureStudioBuilt();
 */
export async function ensureStudioBuilt(write: (text: string) => void = (text) => process.stdout.write(text)): Promise<StudioBuild> {
  if (isStudioBuildFresh()) return { distDir: STUDIO_DIST_DIR, built: false, buildMs: 0 };
  mkdirSync(webDir, { recursive: true });
  const release = await acquireLock(join(webDir, '.studio-build.lock'));
  try {
    // Another process may have built it while we waited for the lock.
    if (isStudioBuildFresh()) return { distDir: STUDIO_DIST_DIR, built: false, buildMs: 0 };
    const started = performance.now();
    write('building the studio... ');
    const outDir = join(webDir, `dist-tmp-${process.pid}`);
    try {
      await runViteBuild(outDir);
      rmSync(STUDIO_DIST_DIR, { recursive: true, force: true });
      renameSync(outDir, STUDIO_DIST_DIR);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
    const buildMs = performance.now() - started;
    write(`done in ${(buildMs / 1000).toFixed(1)} s\n`);
    return { distDir: STUDIO_DIST_DIR, built: true, buildMs };
  } finally {
    release();
  }
}

/**
 * Runs `vite build` in a child process: a build holds several hundred MB (the bundler, the
 * studio's whole module graph) that a long-running server should not keep after its first start.
 * Vite makes a development build (React's dev bundle, no service worker) when NODE_ENV says so,
 * and test runners set it to "test": the studio is always built for production.
 */
async function runViteBuild(outDir: string): Promise<void> {
  const viteBin = join(dirname(fileURLToPath(import.meta.resolve('vite/package.json'))), 'bin', 'vite.js');
  const args = [viteBin, 'build', '--config', join(webDir, 'vite.config.ts'), '--mode', 'production', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'];
  const child = spawn(process.execPath, args, { cwd: webDir, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`vite build exited with ${code}: ${output.trim().slice(-2000)}`);
}

// `npx tsx packages/web/scripts/ensure-studio-built.ts` builds when needed, like `npm start` does.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await ensureStudioBuilt();
}
