import { createHash } from 'node:crypto';
import { compileLabel, validateDocument, type Bitmap1 } from '@inkless/label';
import type { Transport } from '@inkless/printers';
import { startVirtualPrinter, TcpTransport, type VirtualPrinter } from '@inkless/printers/node';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { buildApp } from '../src/app';
import type { Database } from '../src/db/database';
import { parseConfiguredPrinters, startPrintWorker, type ConfiguredPrinter, type PrintWorker, type PrintWorkerOptions } from '../src/printing';
import { loadServerFonts } from '../src/render/node-fonts';
import { ApiClient, injectInto, type TestClock } from './support/test-app';

/** Sign-ups per address are limited; print tests sign up many users from one address. */
export const TEST_LIMITS = { signupPerIp: { name: 'signup-ip', max: 10_000, windowSeconds: 60 }, loginPerIp: { name: 'login-ip', max: 10_000, windowSeconds: 60 } };
export const PROFILE = 'generic-tspl-203';
/** The id the test printer is set up under, as an administrator would write it in INKLESS_PRINTERS. */
export const PRINTER_ID = 'test-printer';

/** A printer as the settings would describe it, read by the server's own settings parser. */
export function configurePrinter(fields: { id: string; name?: string; uri: string; profile?: string; confirm?: 'status' | 'written'; allowInternalAddress?: boolean }): ConfiguredPrinter {
  return parseConfiguredPrinters(JSON.stringify([{ name: `Printer ${fields.id}`, profile: PROFILE, ...fields }]), 'test settings')[0]!;
}

/** A 40 x 15 mm label with a text and a Code 128 barcode from the row: every row draws different bits. */
export function labelDoc(): Record<string, unknown> {
  return {
    schemaVersion: 2,
    label: { widthMm: 40, heightMm: 15, dpi: 203 },
    elements: [
      { type: 'text', xMm: 1, yMm: 1, widthMm: 38, heightMm: 4, text: '{{name}}', fontSizePt: 7, wrap: false, shrinkToFit: true },
      { type: 'barcode', xMm: 1, yMm: 6, widthMm: 38, heightMm: 8, symbology: 'code128', data: '{{code}}' },
    ],
  };
}

/** Rows with a name and a 10-digit code (Code 128 packs digits in pairs, so it fits the 38 mm box). */
export function rowsOf(n: number, prefix = 'Item'): Record<string, string>[] {
  const tag = [...prefix].reduce((sum, ch) => (sum * 31 + ch.charCodeAt(0)) % 10_000, 7);
  return Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${i + 1}`, code: `${String(tag).padStart(4, '0')}${String(i + 1).padStart(6, '0')}` }));
}

/** What the engine draws for each physical label of a job (rows x copies, in order), independently of the worker. */
export function expectedBitmaps(doc: unknown, rows: readonly Record<string, string>[], copies = 1): Bitmap1[] {
  const valid = validateDocument(doc);
  if (!valid.ok) throw new Error(valid.issues[0]?.message);
  const compiled = compileLabel(valid.value, { fonts: loadServerFonts() });
  const out: Bitmap1[] = [];
  for (const [r, row] of (rows.length > 0 ? rows : [undefined]).entries()) {
    for (let c = 0; c < copies; c++) {
      const drawn = compiled.render({ ...(row ? { row } : {}), labelIndex: r, printIndex: out.length });
      if (!drawn.ok) throw new Error(drawn.issues[0]?.message);
      out.push(drawn.value.bitmap);
    }
  }
  return out;
}

/** A short fingerprint of a bitmap's size and bits, to count labels by content. */
export function bitmapKey(bitmap: Bitmap1): string {
  return createHash('sha256').update(`${bitmap.width}x${bitmap.height}:`).update(bitmap.data).digest('hex').slice(0, 24);
}

/** Asserts the printer printed exactly these bitmaps, in this order. */
export function expectSameLabels(printed: readonly Bitmap1[], expected: readonly Bitmap1[]): void {
  expect(printed.length).toBe(expected.length);
  printed.forEach((bitmap, i) => expect(bitmapKey(bitmap), `label ${i + 1}`).toBe(bitmapKey(expected[i]!)));
}

export interface TestPrinter {
  readonly printer: VirtualPrinter;
  readonly uri: string;
  /** It, set up as printer `test-printer` ("Test printer"), on loopback by address. */
  readonly configured: ConfiguredPrinter;
  /** Every label printed, with the connection (a job's session) it came on. */
  readonly labels: { bitmap: Bitmap1; connection: number }[];
  readonly warnings: string[];
  /** Labels of one connection, in order. */
  labelsOf(connection: number): Bitmap1[];
  close(): Promise<void>;
}

/** The real virtual TSPL printer on 127.0.0.1, port 0: it decodes every label back to a bitmap. */
export async function startTestPrinter(): Promise<TestPrinter> {
  const labels: { bitmap: Bitmap1; connection: number }[] = [];
  const warnings: string[] = [];
  const printer = await startVirtualPrinter({
    port: 0, language: 'tspl', log: () => undefined, warn: (line) => warnings.push(line),
    onLabel: (label) => labels.push({ bitmap: label.bitmap, connection: label.connection }),
  });
  return {
    printer, labels, warnings,
    uri: `tcp://127.0.0.1:${printer.port}`,
    configured: configurePrinter({ id: PRINTER_ID, name: 'Test printer', uri: `tcp://127.0.0.1:${printer.port}` }),
    labelsOf: (connection) => labels.filter((l) => l.connection === connection).map((l) => l.bitmap),
    close: () => printer.close(),
  };
}

/**
 * A printer connection that holds the write of label `label` (1-based, counted from the first
 * label sent on the first connection; the job's setup bytes are write 1) until `open()`: the test
 * looks at the job, cancels it or stops the worker while the job is half sent.
 */
export function holdBeforeLabel(label: number): { connect: (host: string, port: number) => Transport; reached: Promise<void>; open(): void } {
  let connections = 0;
  let reachedResolve: () => void = () => undefined;
  let openResolve: () => void = () => undefined;
  const reached = new Promise<void>((resolve) => (reachedResolve = resolve));
  const opened = new Promise<void>((resolve) => (openResolve = resolve));
  const connect = (host: string, port: number): Transport => {
    const inner = new TcpTransport(host, port);
    const first = ++connections === 1;
    let writes = 0;
    return {
      description: inner.description,
      open: () => inner.open(),
      close: () => inner.close(),
      query: (request, options) => inner.query(request, options),
      write: async (bytes) => {
        if (first && ++writes === label + 1) {
          reachedResolve();
          await opened;
        }
        return inner.write(bytes);
      },
    };
  };
  return { connect, reached, open: () => openResolve() };
}

/** Starts a worker with test settings: the test clock, a fast poll, a 30 s lease that only the clock can expire. */
export function startTestWorker(db: Database, clock: TestClock, options: Partial<PrintWorkerOptions> & Pick<PrintWorkerOptions, 'workerId' | 'printers'>): PrintWorker {
  return startPrintWorker({ db, clock: () => clock.now(), pollMs: 10, leaseMs: 30_000, log: () => undefined, ...options });
}

/** Polls until `check` holds (the worker runs on its own); fails after `timeoutMs` saying what it waited for. */
export async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits for a job of `client` to reach `status` and returns it as the API shows it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API bodies are read loosely in tests
export async function waitForJob(client: ApiClient, id: string, status: string): Promise<any> {
  let job: { status: string } | undefined;
  await waitUntil(`job ${id} to be ${status} (it is ${job?.status})`, async () => {
    job = (await client.get(`/api/print-jobs/${id}`)).body.job;
    if (job && job.status !== status && ['done', 'failed', 'canceled'].includes(job.status)) throw new Error(`job ${id} ended ${job.status}, not ${status}: ${JSON.stringify(job)}`);
    return job?.status === status;
  });
  return job;
}

/** The app on a database the test opened itself (restarts, a second server), mail dropped. */
export async function buildAppOn(db: Database, clock: TestClock, printers: readonly ConfiguredPrinter[]): Promise<{ app: FastifyInstance; client(): ApiClient }> {
  const app = await buildApp({ db, mailer: { send: async () => undefined }, clock: () => clock.now(), limits: TEST_LIMITS, printers });
  return { app, client: () => new ApiClient(injectInto(app)) };
}
