import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runPrint } from '../src/commands/print-command';
import { readJournal } from '../src/print/print-journal';
import { failure } from './support/expect-failure';
import { createFakePrinter, type FakePrinter } from './support/fake-printer';

// Issue 12, point 19: what "confirmed" means with --confirm written, in every message that says it.

afterEach(() => {
  vi.restoreAllMocks();
});

function setup(rows: number): { label: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), 'inkless-print-confirm-'));
  const label = join(dir, 'label.json');
  const data = join(dir, 'rows.csv');
  writeFileSync(label, JSON.stringify({
    schemaVersion: 2,
    label: { widthMm: 40, heightMm: 15, dpi: 203 },
    elements: [{ type: 'barcode', xMm: 1, yMm: 2, widthMm: 38, heightMm: 11, symbology: 'code128', data: '{{code}}' }],
  }));
  writeFileSync(data, `code\n${Array.from({ length: rows }, (_, i) => `C${i + 1}`).join('\n')}\n`);
  return { label, data };
}

/** Runs `inkless print` in-process and returns what it wrote to standard output. */
async function print(args: string[], printer: FakePrinter): Promise<string> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true); // the progress bar
  try {
    await runPrint([...args, '--profile', 'generic-tspl-203', '--printer', 'fake://printer'], { openTransport: () => printer });
  } finally {
    vi.restoreAllMocks();
  }
  return stdout;
}

describe('inkless print --confirm written', () => {
  it('sends no status query, and the failure, the journal, the unfinished-job message and the --resume summary all say written, not confirmed by the printer', async () => {
    const { label, data } = setup(12);
    const first = createFakePrinter('tspl', { dieAfterLabels: 5 });
    const gone = await failure(print([label, '--data', data, '--confirm', 'written'], first));
    expect(gone.code).toBe('INKLESS_PRINTER_GONE');
    expect(gone.message).toMatch(/^printer fake:\/\/printer went away after label 5 of 12 \(row 6\); labels up to 5 are written \(not confirmed by the printer\); run again with --resume to continue from label 6/);
    expect(first.queries).toBe(0);
    expect(await readJournal(`${label}.inkless-print.jsonl`)).toMatchObject({ confirmedLabels: 5, confirm: 'written' });

    const again = createFakePrinter('tspl');
    const unfinished = await failure(print([label, '--data', data], again));
    expect(unfinished.message).toMatch(/an unfinished print job left .* \(5 of 12 labels written \(not confirmed by the printer\) on fake:\/\/printer\); run again with --resume/);

    const summary = await print([label, '--data', data, '--resume', '--confirm', 'written'], again);
    expect(summary).toMatch(/^printed 7 label\(s\) \(labels 1-5 were already written \(not confirmed by the printer\)\) to fake:\/\/printer in [\d.]+ s \([\d.]+ labels\/s\); written, not confirmed by the printer \(--confirm written\)\n$/);
    expect(again.labels).toHaveLength(7);
    expect(again.queries).toBe(0);
  });

  it('says each label was confirmed by the printer when it was, and why labels were only written on a one-way connection', async () => {
    const { label, data } = setup(2);
    expect(await print([label, '--data', data], createFakePrinter('tspl'))).toMatch(/, each confirmed by the printer\n$/);
    expect(await print([label, '--data', data], createFakePrinter('tspl', { noQuery: true }))).toMatch(/; written, not confirmed by the printer \(the connection to fake:\/\/printer is one-way\)\n$/);
  });

  it('refuses --confirm status where the printer cannot be asked, before writing anything, and an unknown mode', async () => {
    const { label, data } = setup(2);
    const oneWay = createFakePrinter('tspl', { noQuery: true });
    const refused = await failure(print([label, '--data', data, '--confirm', 'status'], oneWay));
    expect(refused).toEqual({ code: 'INKLESS_CLI_USAGE', message: '--confirm status cannot work here: the connection to fake://printer is one-way, so labels can only count as written; leave out --confirm or use --confirm written' });
    expect(oneWay.writes).toBe(0);
    expect((await failure(print([label, '--data', data, '--confirm', 'yes'], oneWay))).message).toMatch(/^--confirm must be status .* or written .*, got "yes"$/);
  });
});
