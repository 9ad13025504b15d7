import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { examplesDir } from '../src/examples/list-examples';
import { runCli } from './support/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'inkless-limits-'));
const preload = fileURLToPath(new URL('./support/report-peak-rss.mjs', import.meta.url));
const MiB = 1024 * 1024;

/** A file of `bytes` that takes no disk: truncate makes it sparse. */
function sparseFile(name: string, bytes: number): string {
  const path = join(dir, name);
  writeFileSync(path, '');
  truncateSync(path, bytes);
  return path;
}

/** Runs the CLI and reports its peak resident memory in MiB (from the child itself, as it exits). */
async function runMeasured(args: string[]) {
  const rssFile = join(dir, `rss-${Math.random().toString(36).slice(2)}`);
  const run = await runCli(args, { env: { NODE_OPTIONS: `--import ${pathToFileURL(preload).href}`, INKLESS_TEST_RSS_FILE: rssFile } });
  return { ...run, peakMiB: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

describe('files the CLI reads whole are refused by size before they are read', () => {
  it('a 200 MB --font is refused with its size and the limit, and never read', async () => {
    const font = sparseFile('huge.ttf', 200 * MiB);
    const run = await runMeasured(['render', join(examplesDir, 'price-tag-ean13.json'), '--data', join(examplesDir, 'price-tag-ean13.csv'), '--font', `Huge=${font}`, '--out', join(dir, 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`inkless: cannot use font ${font}: it is 200 MiB, over the 64 MiB limit for a font; nothing was read (INKLESS_CLI_FILE)\n`);
    // Reading it would cost at least its 200 MiB; the refusal costs what starting Node costs.
    process.stderr.write(`peak RSS refusing a 200 MiB font: ${run.peakMiB.toFixed(0)} MiB\n`);
    expect(run.peakMiB).toBeLessThan(200);
  });

  it('a label document over the 32 MiB document limit is refused the same way', async () => {
    const label = sparseFile('huge.json', 40 * MiB);
    const run = await runMeasured(['render', label, '--out', join(dir, 'x.png')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`inkless: cannot read ${label}: it is 40 MiB, over the 32 MiB limit for a label document; nothing was read (INKLESS_CLI_FILE)\n`);
    process.stderr.write(`peak RSS refusing a 40 MiB label: ${run.peakMiB.toFixed(0)} MiB\n`);
  });

  it('a folder given as a font says so', async () => {
    const run = await runCli(['render', join(examplesDir, 'price-tag-ean13.json'), '--font', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot use font ${dir}: it is a folder; give the path of a font (INKLESS_CLI_FILE)`);
  });
});
