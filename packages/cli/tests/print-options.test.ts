import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir } from '../src/examples/list-examples';
import { runCli } from './support/run-cli';

const label = join(examplesDir, 'asset-tag-40x30.json');

describe('inkless print job options reach the printer language', () => {
  it('--finish cut, --upside-down, --mirror, --density and --speed become TSPL setup lines', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'inkless-print-')), 'job.tspl');
    const run = await runCli(['print', label, '--printer', `file://${out}`, '--profile', 'tsc-te200', '--finish', 'cut', '--upside-down', '--mirror', '--density', '10', '--speed', '4', '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = readFileSync(out).toString('latin1');
    for (const line of ['SIZE 40 mm,30 mm', 'DIRECTION 1,1', 'DENSITY 10', 'SPEED 4', 'SET CUTTER 1', 'SET TEAR OFF', 'PRINT 1,1']) expect(text).toContain(`${line}\r\n`);
  });

  it('refuses a finish the printer cannot do, before sending anything', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'inkless-print-')), 'job.tspl');
    const run = await runCli(['print', label, '--printer', `file://${out}`, '--profile', 'netum-label-203', '--finish', 'cut']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--finish cut: .*\(netum-label-203\) can tear/);
  });
});
