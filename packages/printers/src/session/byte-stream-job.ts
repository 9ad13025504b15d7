// The byte-stream adapter: TSPL, ZPL, ESC/POS and CPCL write a job and now and then ask for status.
// Over a session they send exactly the bytes their drivers emit, in the same order, as they do
// over a bare transport: the session adds no framing.
import type { Bitmap1 } from '@inkless/label';
import type { JobOptions, PrinterDriver, PrinterStatus } from '../job-options';
import { TransportError } from '../transport';
import type { PrinterSession } from './printer-session';

/**
 * Sends one job: the driver's job start, each label, the job end (empty parts are not sent).
 *
 * @example
 * await sendByteStreamJob(openPrinterSession(transport), drivers.tspl, options, [bitmap]);
 */
export async function sendByteStreamJob(session: PrinterSession, driver: PrinterDriver, options: JobOptions, labels: Iterable<Bitmap1> | AsyncIterable<Bitmap1>): Promise<void> {
  await sendIfAny(session, driver.startJob(options));
  for await (const bitmap of labels) await sendIfAny(session, driver.encodeLabel(bitmap, options));
  await sendIfAny(session, driver.endJob(options));
}

/**
 * Asks the language's status query and reads the reply: complete at the driver's `replyBytes`
 * when it is fixed (TSPL, ESC/POS), else the first bytes that arrive (ZPL `~HS` over a medium
 * that delivers it in one piece).
 */
export async function askByteStreamStatus(session: PrinterSession, driver: PrinterDriver, timeoutMs: number): Promise<PrinterStatus> {
  const status = driver.status;
  if (!status) throw new TransportError('INKLESS_PRINTER_UNSUPPORTED', `${driver.language} has no status query; print with --confirm written`);
  await session.send(status.request);
  const replyBytes = status.replyBytes;
  const reply = await session.receive({ timeoutMs, until: replyBytes === undefined ? undefined : (bytes) => bytes.length >= replyBytes });
  return status.parse(reply);
}

async function sendIfAny(session: PrinterSession, bytes: Uint8Array): Promise<void> {
  if (bytes.length > 0) await session.send(bytes);
}
