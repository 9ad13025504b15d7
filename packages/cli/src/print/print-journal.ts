import { createHash } from 'node:crypto';
import { writeSync } from 'node:fs';
import { open, readFile, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { confirmModes, type ConfirmMode } from '@inkless/printers';
import { CliError } from '../cli-error';

/** Bytes of the data file hashed for the fingerprint: enough to notice an edit, cheap on a 1 GB file. */
const DATA_HEAD_BYTES = 64 * 1024;
const JOURNAL_VERSION = 2;
/**
 * Confirmation lines after which the journal is rewritten as its header plus the last one, so a
 * million-label job keeps a journal of a few tens of kilobytes.
 */
const COMPACT_AFTER_LINES = 10_000;

/** What makes two runs the same job: resuming a different one would print the wrong labels. */
export interface JobFingerprint {
  readonly labelSha256: string;
  /** `size:mtimeMs:sha256-of-first-64KiB`, or '' without data. */
  readonly data: string;
  readonly rows: string;
  readonly copies: number;
  readonly quantityColumn: string;
  readonly profile: string;
  /** `--media` for this print, or '' for the document's media: the same rows on other media are another job. */
  readonly media: string;
  readonly totalLabels: number;
}

/** What the journal knows: the job, and how far it got. */
export interface PrintJournal {
  readonly version: number;
  readonly fingerprint: JobFingerprint;
  readonly printer: string;
  /** Labels 1..confirmedLabels are confirmed: by the printer, or only written (see `confirm`). */
  readonly confirmedLabels: number;
  /**
   * What the last run's confirmations mean: `status` (the printer answered) or `written` (the
   * bytes went out, not confirmed by the printer). Journals written before it existed mean `status`.
   */
  readonly confirm: ConfirmMode;
  readonly startedAt: string;
}

/** The journal of a running job, open for appending confirmations. */
export interface OpenJournal {
  /** Records that labels 1..labels are confirmed: one short line appended. */
  confirm(labels: number): Promise<void>;
  close(): Promise<void>;
}

const FINGERPRINT_WORDS: Readonly<Record<keyof JobFingerprint, string>> = {
  labelSha256: 'the label file changed', data: 'the data file changed', rows: '--rows differs', copies: '--copies differs',
  quantityColumn: '--quantity-column differs', profile: '--profile differs', media: '--media differs', totalLabels: 'the number of labels differs',
};

/**
 * Default journal path: beside the label, so it is found again without being named.
 *
 * The file is JSON Lines, append-only: a header line (version, fingerprint, printer, the labels
 * confirmed at the start), then one line per confirmation holding the number of labels confirmed:
 *   {"version":2,"fingerprint":{...},"printer":"tcp://192.0.2.7:9100","confirmedLabels":0,"confirm":"status","startedAt":"..."}
 *   1
 *   2
 * The last complete line (ending in a newline) counts, so a crash in the middle of an append leaves
 * a torn last line that is ignored, and the previous confirmation stands.
 */
export function defaultJournalPath(labelPath: string): string {
  return `${labelPath}.inkless-print.jsonl`;
}

/** Fingerprints the job from its inputs: label bytes, data size, mtime and first bytes, and the options. */
export async function fingerprintJob(input: { labelPath: string; dataPath?: string; rows?: string; copies: number; quantityColumn?: string; profile: string; media?: string; totalLabels: number }): Promise<JobFingerprint> {
  const labelSha256 = createHash('sha256').update(await readFile(input.labelPath)).digest('hex');
  return {
    labelSha256,
    data: input.dataPath === undefined ? '' : await fingerprintDataFile(input.dataPath),
    rows: input.rows ?? '',
    copies: input.copies,
    quantityColumn: input.quantityColumn ?? '',
    profile: input.profile,
    media: input.media ?? '',
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

/**
 * The differences between two fingerprints, in words ("the data file changed"); empty when equal.
 * A field an older journal lacks (`media`) counts as '' (the document's own).
 */
export function compareFingerprints(saved: JobFingerprint, current: JobFingerprint): string[] {
  return (Object.keys(FINGERPRINT_WORDS) as (keyof JobFingerprint)[]).filter((k) => (saved[k] ?? '') !== current[k]).map((k) => FINGERPRINT_WORDS[k]);
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
    const lines = text.split('\n');
    lines.pop(); // after the last newline: empty, or a torn line
    const parsed = JSON.parse(lines[0] ?? '') as Omit<PrintJournal, 'confirm'> & { confirm?: unknown };
    if (parsed.version !== JOURNAL_VERSION || !Number.isInteger(parsed.confirmedLabels) || typeof parsed.fingerprint !== 'object') throw new Error('unexpected shape');
    const confirm = parsed.confirm ?? 'status';
    if (!confirmModes.includes(confirm as ConfirmMode)) throw new Error('unexpected confirm mode');
    const header: PrintJournal = { ...parsed, confirm: confirm as ConfirmMode };
    const last = lines.length > 1 ? lines[lines.length - 1]! : undefined;
    if (last === undefined) return header;
    if (!/^\d+$/.test(last)) throw new Error('unexpected line');
    return { ...header, confirmedLabels: Number(last) };
  } catch {
    throw new CliError('INKLESS_CLI_PRINT_JOURNAL', `the print journal ${path} is damaged; delete it and print the remaining labels with --rows`, 2);
  }
}

/**
 * Starts the journal of a job: the header is written whole (temp file + rename, so a crash leaves
 * no half header), then the file stays open and each confirmation is one appended line.
 */
export async function openJournal(path: string, journal: Omit<PrintJournal, 'version' | 'startedAt'>, compactAfterLines = COMPACT_AFTER_LINES): Promise<OpenJournal> {
  const header = `${JSON.stringify({ version: JOURNAL_VERSION, ...journal, startedAt: new Date().toISOString() })}\n`;
  const fail = (e: unknown) => new CliError('INKLESS_CLI_PRINT_JOURNAL', `cannot write the print journal ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 2);
  const start = async (last: number | undefined): Promise<FileHandle> => {
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, last === undefined ? header : `${header}${last}\n`);
    await rename(temp, path);
    return open(path, 'a');
  };
  let handle: FileHandle;
  try {
    handle = await start(undefined);
  } catch (e) {
    throw fail(e);
  }
  let lines = 0;
  return {
    confirm: async (labels) => {
      try {
        if (++lines > compactAfterLines) {
          await handle.close();
          handle = await start(labels);
          lines = 0;
          return;
        }
        // A synchronous append: a few microseconds, where a promise round trip through the
        // thread pool costs tens of them per label.
        writeSync(handle.fd, `${labels}\n`);
      } catch (e) {
        throw fail(e);
      }
    },
    close: () => handle.close(),
  };
}

export async function removeJournal(path: string): Promise<void> {
  await rm(path, { force: true });
}
