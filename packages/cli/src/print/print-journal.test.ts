import { describe, it, expect } from 'vitest';
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareFingerprints, fingerprintJob, readJournal, removeJournal, writeJournal } from './print-journal';

function files() {
  const dir = mkdtempSync(join(tmpdir(), 'inkless-journal-'));
  const labelPath = join(dir, 'label.json');
  const dataPath = join(dir, 'rows.csv');
  writeFileSync(labelPath, '{"a":1}');
  writeFileSync(dataPath, 'x\n1\n');
  return { dir, labelPath, dataPath, job: { labelPath, dataPath, copies: 1, profile: 'generic-tspl-203', totalLabels: 1 } };
}

describe('print journal', () => {
  it('writes atomically (no temp file left), reads back, and removes', async () => {
    const { dir, job } = files();
    const path = join(dir, 'j.json');
    const fingerprint = await fingerprintJob(job);
    await writeJournal(path, { fingerprint, printer: 'tcp://x:9100', confirmedLabels: 5 });
    expect(readdirSync(dir).sort()).toEqual(['j.json', 'label.json', 'rows.csv']);
    expect(await readJournal(path)).toMatchObject({ version: 1, confirmedLabels: 5, fingerprint });
    await removeJournal(path);
    expect(await readJournal(path)).toBeUndefined();
  });

  it('calls a damaged journal damaged', async () => {
    const { dir } = files();
    writeFileSync(join(dir, 'bad.json'), '{"version":1,');
    await expect(readJournal(join(dir, 'bad.json'))).rejects.toMatchObject({ code: 'INKLESS_CLI_PRINT_JOURNAL' });
  });

  it('notices a changed label, a touched or edited data file and changed options', async () => {
    const { labelPath, dataPath, job } = files();
    const before = await fingerprintJob(job);
    expect(compareFingerprints(before, await fingerprintJob(job))).toEqual([]);
    utimesSync(dataPath, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(compareFingerprints(before, await fingerprintJob(job))).toEqual(['the data file changed']);
    writeFileSync(labelPath, '{"a":2}');
    expect(compareFingerprints(before, await fingerprintJob({ ...job, rows: '1-5', profile: 'zebra-gk420d' }))).toEqual(['the label file changed', 'the data file changed', '--rows differs', '--profile differs']);
  });
});
