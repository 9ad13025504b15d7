import { createServer, type Server, type Socket } from 'node:net';
import type { Bitmap1, FontSet } from '@inkless/label';
import { interpretZpl } from '@inkless/import';
import { drivers, resolveConfirmMode, type PrinterProfile, type Transport } from '@inkless/printers';
import { buildJobOptions } from '../commands/print-command';
import { importedLabelSetup } from '../import/imported-job';
import { describeNotice, zplAtPrinterDpi, type ImportedLabel } from '../import/imported-source';
import type { PrintLabel } from '../print/print-labels';
import { streamPrintJob } from '../print/stream-print-job';
import { ZplStore } from './zpl-store';
import { ZplStreamCutter, type ZplPiece } from './zpl-stream-cutter';

/** A format (or download) a connection may send at most: a 600 dpi full-page ^GF fits several times. */
export const DEFAULT_MAX_FORMAT_BYTES = 16 * 1024 * 1024;
/** Stored graphics and templates, at most (the oldest go first). */
const MAX_STORE_BYTES = 64 * 1024 * 1024;

export interface ZplBridgeOptions {
  readonly host: string;
  readonly port: number;
  readonly printer: string;
  readonly profile: PrinterProfile;
  /** The dpi the ZPL is written for (the Zebra the software thinks it talks to). */
  readonly zplDpi: number;
  readonly fonts: FontSet;
  readonly openTransport: (uri: string) => Transport | Promise<Transport>;
  /** One line per job, connection and refusal. */
  readonly log: (line: string) => void;
  readonly maxFormatBytes?: number;
  /** Print a label whose barcodes did not survive the change of dpi (otherwise the format is refused). */
  readonly force?: boolean;
}

export interface ZplBridge {
  readonly port: number;
  /** Jobs printed (or refused) so far. */
  jobs(): number;
  /** Stops listening, closes the connections and waits for the jobs already received. */
  close(): Promise<void>;
}

// ~HS reply of an idle, ready printer (ZPL II guide, ~HS): three strings, STX ... ETX CR LF.
//   1: aaa,b,c,dddd,eee,f,g,h,iii,j,k,l  b paper out, c pause, dddd label length (dots), eee formats
//      in the buffer, f buffer full, g diagnostics, h partial format, j corrupt RAM, k/l temperature
//   2: mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www  o head up, p ribbon out, r print mode 2 (tear off), ...
//   3: xxxx,y                            password, static RAM
// (The virtual printer answers with the same strings: packages/printers/src/drivers/zpl/zpl-ready-status.ts.)
const STX = '\x02';
const ETX = '\x03';

/** The ready status, saying whether a format is half received (h) as a Zebra does. */
export function readyHostStatus(labelLengthDots: number, partialFormat: boolean): Uint8Array {
  const length = String(Math.min(9999, Math.max(0, labelLengthDots))).padStart(4, '0');
  const strings = [`030,0,0,${length},000,0,0,${partialFormat ? 1 : 0},000,0,0,0`, '001,0,0,0,0,2,6,0,00000000,1,000', '1234,0'];
  return Uint8Array.from(strings.map((s) => `${STX}${s}${ETX}\r\n`).join(''), (ch) => ch.charCodeAt(0));
}

/**
 * A ZPL printer on the network that prints on any Inkless printer: connections are cut into
 * formats, each format is interpreted (with the graphics and templates earlier formats stored in
 * front of it) and its labels go through the print loop to the target printer, one job at a time.
 */
export async function startZplBridge(options: ZplBridgeOptions): Promise<ZplBridge> {
  const store = new ZplStore(MAX_STORE_BYTES);
  const sockets = new Set<Socket>();
  const maxFormatBytes = options.maxFormatBytes ?? DEFAULT_MAX_FORMAT_BYTES;
  const labelLengthDots = Math.round((6 * options.profile.dpi));
  let queue: Promise<void> = Promise.resolve();
  let jobs = 0;
  let connections = 0;

  const runJob = (format: Uint8Array, where: string) => {
    const job = ++jobs;
    queue = queue.then(() => printFormat(format, `job ${job} (${where})`, store, options)).catch((e: unknown) => options.log(`job ${job} (${where}): failed: ${describe(e)}`));
  };

  const handle = (socket: Socket, name: string, piece: ZplPiece, inFormat: boolean) => {
    switch (piece.kind) {
      case 'host-status':
        if (!socket.destroyed) socket.write(readyHostStatus(labelLengthDots, inFormat));
        return;
      case 'definition':
        options.log(`${name}: stored ${store.keep(piece.bytes).join(', ')}`);
        return;
      case 'format': {
        const stored = store.keep(piece.bytes);
        if (ZplStore.storesOnly(piece.bytes)) {
          options.log(`${name}: stored ${stored.join(', ')}`);
          return;
        }
        runJob(piece.bytes, `${name}, byte ${piece.offset}`);
        return;
      }
      case 'ignored':
        options.log(`${name}: byte ${piece.offset}: ${piece.command} outside a format is not supported; skipped`);
        return;
      case 'refused':
        options.log(`${name}: byte ${piece.offset}: ${piece.what} over ${piece.limitBytes} bytes refused, nothing printed from it (INKLESS_CLI_BRIDGE_FORMAT_TOO_LARGE)`);
        return;
      default: {
        const never: never = piece;
        throw new Error(`unhandled piece ${String(never)}`);
      }
    }
  };

  const server: Server = createServer((socket) => {
    const name = `connection ${++connections} from ${socket.remoteAddress ?? '?'}`;
    const cutter = new ZplStreamCutter(maxFormatBytes);
    sockets.add(socket);
    socket.on('data', (chunk: Buffer) => {
      for (const piece of cutter.push(chunk)) handle(socket, name, piece, cutter.inFormat);
    });
    socket.on('end', () => {
      if (cutter.inFormat) options.log(`${name}: closed inside a format (^XA without ^XZ); that format is not printed`);
      for (const piece of cutter.end()) handle(socket, name, piece, false);
      socket.end();
    });
    socket.on('error', (e) => options.log(`${name}: ${e.message}`));
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as { port: number }).port;
  return {
    port,
    jobs: () => jobs,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
      await queue;
    },
  };
}

/** Interprets one format after the stored definitions and prints its labels; logs one line. */
async function printFormat(format: Uint8Array, job: string, store: ZplStore, options: ZplBridgeOptions): Promise<void> {
  const prefix = store.prefix();
  const input = new Uint8Array(prefix.length + format.length);
  input.set(prefix);
  input.set(format, prefix.length);
  const { labels, notices } = interpretZpl(input, { dpi: options.zplDpi }, { fonts: options.fonts });
  // Only this format's labels and notices: the stored definitions print nothing and were reported before.
  const own = labels.filter((l) => l.offset >= prefix.length);
  const words = [...notices, ...own.flatMap((l) => l.notices)].filter((n) => n.offset >= prefix.length).sort((a, b) => a.offset - b.offset).map((n) => describeNotice(n, prefix.length));
  const made: ImportedLabel[] = [];
  for (const [i, label] of own.entries()) {
    made.push(await zplAtPrinterDpi(label, i + 1, options.zplDpi, { dpi: options.profile.dpi, fonts: options.fonts }, options.force === true));
  }
  const total = made.reduce((n, l) => n + l.copies, 0);
  if (total === 0) {
    options.log(`${job}: no label${words.length ? `; ${words.join('; ')}` : ''}`);
    return;
  }
  const tooWide = made.find((l) => l.bitmap.width > options.profile.headWidthDots);
  if (tooWide) {
    options.log(`${job}: refused: label ${tooWide.labelNumber} is ${tooWide.bitmap.width} dots wide, ${options.profile.name} prints ${options.profile.headWidthDots}; nothing printed`);
    return;
  }
  await sendLabels(made, total, options);
  options.log(`${job}: ${total} label(s) -> ${options.printer} (${options.profile.id})${words.length ? `; notices: ${words.join('; ')}` : ''}`);
}

/** The labels through the print loop, on a connection opened for this job. */
async function sendLabels(made: readonly ImportedLabel[], total: number, options: ZplBridgeOptions): Promise<void> {
  const size = { widthDots: Math.max(...made.map((l) => l.bitmap.width)), heightDots: Math.max(...made.map((l) => l.bitmap.height)) };
  const jobOptions = buildJobOptions(importedLabelSetup(size, options.profile, undefined), options.profile, {});
  const driver = drivers[options.profile.language];
  const transport = await options.openTransport(options.printer);
  const confirm = resolveConfirmMode({ requested: undefined, profile: options.profile, driver, transport });
  let current: Bitmap1 | undefined;
  const labels = async function* (): AsyncGenerator<PrintLabel> {
    let labelNumber = 0;
    for (const label of made) {
      current = label.bitmap;
      for (let copy = 0; copy < label.copies; copy++) yield { labelNumber: ++labelNumber, rowNumber: label.labelNumber, copyIndex: copy, instance: {} };
    }
  };
  await transport.open();
  try {
    await streamPrintJob({
      draw: () => current!, driver, transport, options: jobOptions, confirm: confirm.mode, labels: labels(), totalLabels: total, skipLabels: 0, perCopy: false,
      progress: { tick() {}, done() {} },
      onConfirmed: async () => undefined,
      onStatus: (status, n) => options.log(`after label ${n} ${options.printer} reports ${status.problems.join(', ')}`),
    });
  } finally {
    await transport.close().catch(() => undefined);
  }
}

function describe(e: unknown): string {
  const coded = e as { code?: unknown; message?: unknown };
  return typeof coded?.code === 'string' ? `${String(coded.message)} (${coded.code})` : e instanceof Error ? e.message : String(e);
}
