import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import type { Bitmap1 } from '@inkless/label';
import { encodePng1 } from '@inkless/label/output';
import { decoders } from '../drivers/languages';
import type { DecodedEvent, JobDecoder } from '../job-options';
import type { PrinterLanguage } from '../printer-language';
import { serveConnection } from './virtual-printer-connection';
import { warmUpDecoder } from './warm-up-decoder';

export interface VirtualPrinterOptions {
  /** TCP port; 0 lets the system pick one (read it back from the result). */
  readonly port: number;
  /** Defaults to 127.0.0.1: the virtual printer takes jobs from anyone who can reach it. */
  readonly host?: string;
  readonly language: PrinterLanguage;
  /**
   * Where each printed label lands as a PNG, one file per copy. Created when missing. Omitted: the
   * labels are decoded and counted but not written (benchmarks, where the disk must not be the bottleneck).
   */
  readonly outDir?: string;
  /** Written into the PNGs so viewers show the real size. */
  readonly dpi?: number;
  /** Called after each label's PNG is on disk. */
  readonly onLabel?: (label: VirtualLabel) => void;
  /** Replaces `decoders[language]` (tests, or a decoder under development). */
  readonly createDecoder?: () => JobDecoder;
  /** One line per printed label; defaults to standard output. */
  readonly log?: (line: string) => void;
  /** Decode and disk problems; defaults to standard error. */
  readonly warn?: (line: string) => void;
  /** Copies of one label written at most (a job asking for more is cut short, with a warning). */
  readonly maxCopies?: number;
  /**
   * Decode a few hundred generated labels before listening (warmUpDecoder), so the first jobs run
   * at the speed of the rest, as on a real printer: for benchmarks that wait for every reply.
   */
  readonly warmUp?: boolean;
  /**
   * Never answer status queries, like a plain network print server that only takes bytes: for
   * trying (and testing) one-way printing, `--confirm written`.
   */
  readonly silent?: boolean;
}

/** One label as the virtual printer printed it. */
export interface VirtualLabel {
  /** Counts labels (copies included) since the server started, from 1. */
  readonly seq: number;
  /** The PNG's path; undefined when the printer discards labels (no `outDir`). */
  readonly path: string | undefined;
  readonly bitmap: Bitmap1;
  /** Counts connections since the server started, from 1. */
  readonly connection: number;
}

export interface VirtualPrinter {
  readonly port: number;
  /** Labels printed (copies included) since the server started. */
  readonly labels: () => number;
  /** Stops accepting, drops open connections and waits for labels being written. */
  close(): Promise<void>;
}

/**
 * A printer on the network that prints to PNG files (or, without `outDir`, only decodes and counts
 * labels): what `inkless virtual-printer` runs, and what end-to-end tests and benchmarks print to. It decodes the job with the language's decoder, answers status
 * queries on the same socket (unless `silent`), and names files `label-<startMs>-<seq>.png` so restarts never overwrite.
 *
 * @example
 * const printer = await startVirtualPrinter({ port: 9100, language: 'tspl', outDir: 'out' });
 */
export async function startVirtualPrinter(options: VirtualPrinterOptions): Promise<VirtualPrinter> {
  const { outDir, language } = options;
  const createDecoder = options.createDecoder ?? decoders[language];
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const warn = options.warn ?? ((line: string) => process.stderr.write(`${line}\n`));
  const maxCopies = options.maxCopies ?? 1000;
  const languageName = language.toUpperCase();
  if (outDir !== undefined) await mkdir(outDir, { recursive: true });
  if (options.warmUp) warmUpDecoder(language, createDecoder);
  const startMs = outDir === undefined ? 0 : await pickStartMs(outDir);
  let seq = 0;
  let connections = 0;

  const printLabel = async (event: Extract<DecodedEvent, { kind: 'label' }>, connection: number) => {
    const { bitmap } = event;
    if (bitmap.width === 0 || bitmap.height === 0) return warn(`connection ${connection}: skipped an empty label (${bitmap.width}x${bitmap.height} dots)`);
    if (event.copies > maxCopies) warn(`connection ${connection}: a label asks for ${event.copies} copies; writing the first ${maxCopies}`);
    if (outDir === undefined) {
      for (let copy = 0; copy < Math.min(event.copies, maxCopies); copy++) {
        const number = ++seq;
        log(`label ${number}: ${bitmap.width}x${bitmap.height} dots (discarded)`);
        options.onLabel?.({ seq: number, path: undefined, bitmap, connection });
      }
      return;
    }
    const png = encodePng1(bitmap, options.dpi === undefined ? {} : { dpi: options.dpi });
    for (let copy = 0; copy < Math.min(event.copies, maxCopies); copy++) {
      const number = ++seq;
      const path = join(outDir, `label-${startMs}-${String(number).padStart(6, '0')}.png`);
      // Written beside its name, then renamed: a PNG in the folder is always whole, and it appears
      // just before the status reply that confirms it goes out (a kill in between is the only way
      // a label can be printed and yet not confirmed).
      await writeFile(`${path}.part`, png, { flag: 'wx' });
      await rename(`${path}.part`, path);
      log(`label ${number}: ${bitmap.width}x${bitmap.height} dots -> ${path}`);
      options.onLabel?.({ seq: number, path, bitmap, connection });
    }
  };

  const open = new Map<Socket, Promise<void>>();
  const server = createServer({ allowHalfOpen: true }, (socket) => {
    const id = ++connections;
    let decoder: JobDecoder;
    try {
      decoder = createDecoder();
    } catch (e) {
      warn(`connection ${id}: no ${languageName} decoder: ${e instanceof Error ? e.message : String(e)}; connection closed`);
      socket.destroy();
      return;
    }
    // Label bitmaps go back to the decoder unless onLabel hands them to someone who may keep them.
    const served = serveConnection(socket, decoder, { id, languageName, printLabel, warn, recycleBitmaps: options.onLabel === undefined, silent: options.silent === true });
    open.set(socket, served);
    void served.then(() => open.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });

  return {
    port: (server.address() as AddressInfo).port,
    labels: () => seq,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of open.keys()) socket.destroy();
      await Promise.all([closed, ...open.values()]);
    },
  };
}

/** Now, or just after the newest run already in the folder (two starts in one millisecond). */
async function pickStartMs(outDir: string): Promise<number> {
  let newest = 0;
  for (const name of await readdir(outDir)) {
    const match = /^label-(\d+)-\d+\.png$/.exec(name);
    if (match) newest = Math.max(newest, Number(match[1]));
  }
  return Math.max(Date.now(), newest + 1);
}
