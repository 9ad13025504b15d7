import { decoders } from '@inkless/printers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConfiguredPrinter } from '../src/printing';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';
import { startConnectionTrap, type ConnectionTrap } from './support/connection-trap';
import { configurePrinter, expectedBitmaps, expectSameLabels, labelDoc, rowsOf, startTestWorker, TEST_LIMITS, waitForJob, waitUntil } from './print-jobs-harness';

/**
 * Issue 12, point 19: a plain network print server takes the bytes and never answers a status
 * query. Set up with `confirm: written`, the server prints to it and counts a label once its
 * bytes were written; with the default (`status`) it waits for an answer that never comes.
 */
describe.each(databaseKinds)('printers that never answer status queries (%s)', (kind) => {
  let t: TestApp;
  let silent: ConnectionTrap;
  let written: ConfiguredPrinter;
  let asking: ConfiguredPrinter;
  let c: ApiClient;
  beforeAll(async () => {
    silent = await startConnectionTrap();
    written = configurePrinter({ id: 'print-server', name: 'Print server', uri: `tcp://127.0.0.1:${silent.port}`, confirm: 'written' });
    asking = configurePrinter({ id: 'print-server-status', name: 'Print server (status)', uri: `tcp://127.0.0.1:${silent.port}` });
    t = await createTestApp(kind, { limits: TEST_LIMITS, printers: [written, asking] });
    c = t.client();
    await c.signUp(`confirm-${kind}@example.test`);
  });
  afterAll(async () => {
    await t.close();
    await silent.close();
  });

  it('prints every label to a one-way printer set up with confirm: written, counting a label once its bytes are written, and lists the setting', async () => {
    expect((await c.get('/api/printers')).body.printers).toEqual([
      { id: 'print-server', name: 'Print server', profile: 'generic-tspl-203', confirm: 'written' },
      { id: 'print-server-status', name: 'Print server (status)', profile: 'generic-tspl-203', confirm: 'status' },
    ]);
    const rows = rowsOf(5, 'One way');
    const id = (await c.post('/api/print-jobs', { document: labelDoc(), rows, printerId: 'print-server' })).body.job.id as string;
    const before = silent.connections.length;
    const worker = startTestWorker(t.database.db, t.clock, { workerId: 'w-written', printers: [written, asking], statusTimeoutMs: 500 });
    try {
      expect(await waitForJob(c, id, 'done')).toMatchObject({ sentLabels: 5, totalLabels: 5, error: null });
    } finally {
      await worker.stop();
    }
    expect(silent.connections.length - before).toBe(1);
    await waitUntil('the bytes to arrive', async () => decodeLabels(silent.connections[before]!).length === 5, 5000);
    expectSameLabels(decodeLabels(silent.connections[before]!), expectedBitmaps(labelDoc(), rows));
  });

  it('with the default confirm: status, waits for the reply and retries when none comes, saying the printer stopped answering after label 0', async () => {
    const id = (await c.post('/api/print-jobs', { document: labelDoc(), rows: rowsOf(3, 'Asking'), printerId: 'print-server-status' })).body.job.id as string;
    const worker = startTestWorker(t.database.db, t.clock, { workerId: 'w-status', printers: [written, asking], statusTimeoutMs: 200, retryDelayMs: 60_000 });
    try {
      let job: { status: string; attempts: number; sentLabels: number; error: { code: string; message: string } | null } | undefined;
      await waitUntil('the first try to time out', async () => {
        job = (await c.get(`/api/print-jobs/${id}`)).body.job;
        return job?.status === 'queued' && job.attempts === 1;
      });
      expect(job).toMatchObject({ sentLabels: 0, error: { code: 'INKLESS_PRINTER_TIMEOUT', message: 'printer "Print server (status)" stopped answering after label 0' } });
    } finally {
      await worker.stop();
    }
  });
});

/** The labels in the bytes a connection received, read back by the TSPL decoder. */
function decodeLabels(chunks: readonly Buffer[]) {
  const decoder = decoders.tspl();
  const events = [...decoder.feed(new Uint8Array(Buffer.concat(chunks))), ...decoder.end()];
  return events.flatMap((e) => (e.kind === 'label' ? [e.bitmap] : []));
}
