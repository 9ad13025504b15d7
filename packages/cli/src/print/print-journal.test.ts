import { describe, it, expect } from 'vitest';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareFingerprints, fingerprintJob, openJournal, readJournal, removeJournal } from './print-journal';

function files() {
  const dir = mkdtempSync(join(tmpdir(), 'inkless-journal-'));
  const labelPath = join(dir, 'label.json');
  const dataPath = join(dir, 'rows.csv');
  writeFileSync(labelPath, '{"a":1}');
  writeFileSync(dataPath, 'x\n1\n');
  return { dir, labelPath, dataPath, job: { labelPath, dataPath, copies: 1, profile: 'generic-tspl-203', totalLabels: 1 } };
}

describe('print journal', () => {
  it('starts with a whole header (no temp file left), appends one line per confirmation, reads back the last, and removes', async () => {
    const { dir, job } = files();
    const path = join(dir, 'j.jsonl');
    const fingerprint = await fingerprintJob(job);
    const journal = await openJournal(path, { fingerprint, printer: 'tcp://x:9100', confirmedLabels: 5, confirm: 'status' });
    expect(readdirSync(dir).sort()).toEqual(['j.jsonl', 'label.json', 'rows.csv']);
    expect(await readJournal(path)).toMatchObject({ version: 2, confirmedLabels: 5, printer: 'tcp://x:9100', fingerprint });
    await journal.confirm(6);
    await journal.confirm(7);
    expect(readFileSync(path, 'utf8').split('\n').slice(1)).toEqual(['6', '7', '']);
    expect(await readJournal(path)).toMatchObject({ confirmedLabels: 7, fingerprint });
    await journal.close();
    await removeJournal(path);
    expect(await readJournal(path)).toBeUndefined();
  });

  it('ignores a torn last line: the confirmation before it stands', async () => {
    const { dir, job } = files();
    const path = join(dir, 'j.jsonl');
    const journal = await openJournal(path, { fingerprint: await fingerprintJob(job), printer: 'tcp://x:9100', confirmedLabels: 0, confirm: 'status' });
    await journal.confirm(41);
    await journal.close();
    appendFileSync(path, '4'); // a crash in the middle of appending "42\n"
    expect(await readJournal(path)).toMatchObject({ confirmedLabels: 41 });
  });

  it('stays small: after so many lines it is rewritten as the header and the last confirmation', async () => {
    const { dir, job } = files();
    const path = join(dir, 'j.jsonl');
    const journal = await openJournal(path, { fingerprint: await fingerprintJob(job), printer: 'tcp://x:9100', confirmedLabels: 0, confirm: 'status' }, 3);
    for (let n = 1; n <= 8; n++) await journal.confirm(n);
    await journal.close();
    // 1 2 3 | 4 (rewritten) 5 6 7 | 8 (rewritten)
    expect(readFileSync(path, 'utf8').split('\n').slice(1)).toEqual(['8', '']);
    expect(await readJournal(path)).toMatchObject({ confirmedLabels: 8 });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('records what its confirmations mean (written, not confirmed by the printer); older journals without it mean status', async () => {
    const { dir, job } = files();
    const path = join(dir, 'j.jsonl');
    const journal = await openJournal(path, { fingerprint: await fingerprintJob(job), printer: 'tcp://x:9100', confirmedLabels: 0, confirm: 'written' });
    await journal.confirm(3);
    await journal.close();
    expect(JSON.parse(readFileSync(path, 'utf8').split('\n')[0]!)).toMatchObject({ confirm: 'written' });
    expect(await readJournal(path)).toMatchObject({ confirmedLabels: 3, confirm: 'written' });
    const older = JSON.stringify({ version: 2, fingerprint: {}, printer: 'p', confirmedLabels: 2, startedAt: '' });
    writeFileSync(join(dir, 'older.jsonl'), `${older}\n`);
    expect(await readJournal(join(dir, 'older.jsonl'))).toMatchObject({ confirmedLabels: 2, confirm: 'status' });
    writeFileSync(join(dir, 'odd.jsonl'), `${JSON.stringify({ version: 2, fingerprint: {}, printer: 'p', confirmedLabels: 2, confirm: 'maybe', startedAt: '' })}\n`);
    await expect(readJournal(join(dir, 'odd.jsonl'))).rejects.toMatchObject({ code: 'INKLESS_CLI_PRINT_JOURNAL' });
  });

  it('calls a damaged journal damaged', async () => {
    const { dir } = files();
    writeFileSync(join(dir, 'bad.jsonl'), '{"version":2,\n');
    await expect(readJournal(join(dir, 'bad.jsonl'))).rejects.toMatchObject({ code: 'INKLESS_CLI_PRINT_JOURNAL' });
    writeFileSync(join(dir, 'torn-header.jsonl'), '{"version":2,');
    await expect(readJournal(join(dir, 'torn-header.jsonl'))).rejects.toMatchObject({ code: 'INKLESS_CLI_PRINT_JOURNAL' });
    const header = JSON.stringify({ version: 2, fingerprint: {}, printer: 'p', confirmedLabels: 0, startedAt: '' });
    writeFileSync(join(dir, 'garbled.jsonl'), `${header}\n3\nxyz\n`);
    await expect(readJournal(join(dir, 'garbled.jsonl'))).rejects.toMatchObject({ code: 'INKLESS_CLI_PRINT_JOURNAL' });
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

  it('tells a print with --media apart, and takes a journal from before --media as the document\'s media', async () => {
    const { job } = files();
    const plain = await fingerprintJob(job);
    expect(compareFingerprints(plain, await fingerprintJob({ ...job, media: 'continuous' }))).toEqual(['--media differs']);
    const { media: _dropped, ...older } = plain;
    expect(compareFingerprints(older as typeof plain, plain)).toEqual([]);
  });
});
