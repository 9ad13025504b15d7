import { createHash } from 'node:crypto';
import { open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { CliError } from '../cli-error';

/** Bytes of the data file hashed for the fingerprint: enough to notice an edit, cheap on a 1 GB file. */
const DATA_HEAD_BYTES = 64 * 1024;
const JOURNAL_VERSION = 1;

/** What makes two runs the same job: resuming a different one would print the wrong labels. */
export interface JobFingerprint {
  readonly labelSha256: string;
  /** `size:mtimeMs:sha256-of-first-64KiB`, or '' without data. */
  readonly data: string;
  readonly rows: string;
  readonly copies: number;
  readonly quantityColumn: string;
  readonly profile: string;
  readonly totalLabels: number;
}

/** The small file next to the label that makes `--resume` possible. */
export interface PrintJournal {
  readonly version: number;
  readonly fingerprint: JobFingerprint;
  readonly printer: string;
  /** Labels 1..confirmedLabels are confirmed printed (or at least written, where the printer cannot answer). */
  readonly confirmedLabels: number;
  readonly updatedAt: string;
}

const FINGERPRINT_WORDS: Readonly<Record<keyof JobFingerprint, string>> = {
  labelSha256: 'the label file changed', data: 'the data file changed', rows: '--rows differs', copies: '--copies differs',
  quantityColumn: '--quantity-column differs', profile: '--profile differs', totalLabels: 'the number of labels differs',
};

/** Default journal path: beside the label, so it is found again without being named. */
export function defaultJournalPath(labelPath: string): string {
  return `${labelPath}.inkless-print.json`;
}

/** Fingerprints the job from its inputs: label bytes, data size, mtime and first bytes, and the options. */
export async function fingerprintJob(input: { labelPath: string; dataPath?: string; rows?: string; copies: number; quantityColumn?: string; profile: string; totalLabels: number }): Promise<JobFingerprint> {
  const labelSha256 = createHash('sha256').update(await readFile(input.labelPath)).digest('hex');
  return {
    labelSha256,
    data: input.dataPath === undefined ? '' : await fingerprintDataFile(input.dataPath),
    rows: input.rows ?? '',
    copies: input.copies,
    quantityColumn: input.quantityColumn ?? '',
    profile: input.profile,
    totalLabels: input.totalLabels,
  };
}

async function fingerprintDataFile(path: string): Promise<string> {
  const info = await stat(path);
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(Math.min(DATA_HEAD_BYTES, info.size));
    await handle.read(head, 0, head.length, 0);
    return `${info.size}:${Math.round(info.mtimeMs)}:${createHash('sha256').update(head).digest('hex')}`;
  } finally {
    await handle.close();
  }
}

/** The differences between two fingerprints, in words ("the data file changed"); empty when equal. */
export function compareFingerprints(saved: JobFingerprint, current: JobFingerprint): string[] {
  return (Object.keys(FINGERPRINT_WORDS) as (keyof JobFingerprint)[]).filter((k) => saved[k] !== current[k]).map((k) => FINGERPRINT_WORDS[k]);
}

/** Reads the journal; undefined when there is none, INKLESS_CLI_PRINT_JOURNAL when it is damaged. */
export async function readJournal(path: string): Promise<PrintJournal | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError('INKLESS_CLI_PRINT_JOURNAL', `cannot read the print journal ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 2);
  }
  try {
    const journal = JSON.parse(text) as PrintJournal;
    if (journal.version !== JOURNAL_VERSION || !Number.isInteger(journal.confirmedLabels) || typeof journal.fingerprint !== 'object') throw new Error('unexpected shape');
    return journal;
  } catch {
    throw new CliError('INKLESS_CLI_PRINT_JOURNAL', `the print journal ${path} is damaged; delete it and print the remaining labels with --rows`, 2);
  }
}

/** Writes the journal atomically (temp file + rename), so a crash leaves the old or the new one, never half. */
export async function writeJournal(path: string, journal: Omit<PrintJournal, 'version' | 'updatedAt'>): Promise<void> {
  const full: PrintJournal = { version: JOURNAL_VERSION, ...journal, updatedAt: new Date().toISOString() };
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, `${JSON.stringify(full, null, 2)}\n`);
    await rename(temp, path);
  } catch (e) {
    throw new CliError('INKLESS_CLI_PRINT_JOURNAL', `cannot write the print journal ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 2);
  }
}

export async function removeJournal(path: string): Promise<void> {
  await rm(path, { force: true });
}
