import { createServer, type AddressInfo } from 'node:net';
import { TcpTransport } from '@inkless/printers/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConfiguredPrinter } from '../src/printing';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';
import { startConnectionTrap, type ConnectionTrap } from './support/connection-trap';
import {
  configurePrinter, expectedBitmaps, expectSameLabels, labelDoc, PRINTER_ID, PROFILE, rowsOf, startTestPrinter, startTestWorker, TEST_LIMITS, waitForJob,
  type TestPrinter,
} from './print-jobs-harness';

/** Host names the tests' resolver knows; every other name does not resolve. */
const NAMES: Readonly<Record<string, string[]>> = { 'printer.example.test': ['127.0.0.1'], 'lan-printer.example.test': ['127.0.0.1'] };

/**
 * Server-side request forgery (issue 12, point 1): a user must not make the server connect to an
 * address of their choosing. A trap listener on loopback stands for the machine's Redis; the tests
 * send every body a user can send and check that nothing ever connected to it.
 */
describe.each(databaseKinds)('print jobs reach only the printers the administrator set up (%s)', (kind) => {
  let t: TestApp;
  let printer: TestPrinter;
  let trap: ConnectionTrap;
  let printers: ConfiguredPrinter[];
  let n = 0;
  const lookups: string[] = [];
  const connects: string[] = [];
  const signedIn = async (): Promise<ApiClient> => {
    const c = t.client();
    await c.signUp(`egress${++n}-${kind}@example.test`);
    return c;
  };
  const worker = (workerId: string) => startTestWorker(t.database.db, t.clock, {
    workerId, printers, maxAttempts: 1,
    lookup: async (host) => {
      lookups.push(host);
      const found = NAMES[host];
      if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return found;
    },
    connect: (address, port) => {
      connects.push(`${address}:${port}`);
      return new TcpTransport(address, port);
    },
  });

  beforeAll(async () => {
    printer = await startTestPrinter();
    trap = await startConnectionTrap();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    printers = [
      printer.configured,
      // A name that resolves inside the network, without the administrator allowing it: refused.
      configurePrinter({ id: 'by-name', name: 'Named printer', uri: `tcp://printer.example.test:${trap.port}` }),
      // The same kind of name, allowed: the job goes to the address resolved, not to the name.
      configurePrinter({ id: 'lan-by-name', name: 'LAN printer', uri: `tcp://lan-printer.example.test:${printer.printer.port}`, allowInternalAddress: true }),
      // Two printers that cannot be reached for different reasons, under one name.
      configurePrinter({ id: 'closed-port', name: 'Back office', uri: `tcp://127.0.0.1:${closedPort}` }),
      configurePrinter({ id: 'no-such-name', name: 'Back office', uri: 'tcp://gone.example.test:9100', allowInternalAddress: true }),
    ];
    t = await createTestApp(kind, { limits: TEST_LIMITS, printers });
  });
  afterAll(async () => {
    await t.close();
    await trap.close();
    await printer.close();
  });

  it('never connects to an address a user sends: the old printer field, an address as printerId, an id nobody set up, on create and on reprint', async () => {
    const c = await signedIn();
    const target = `tcp://127.0.0.1:${trap.port}`;
    const base = { document: labelDoc(), rows: rowsOf(1, 'Egress') };
    for (const body of [{ printer: target, profile: PROFILE }, { printer: target, printerId: PRINTER_ID }, { printer: { host: '127.0.0.1', port: trap.port }, printerId: PRINTER_ID }]) {
      const res = await c.post('/api/print-jobs', { ...base, ...body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'printer' });
      expect(res.body.error.message).toMatch(/prints only to the printers its administrator set up: give printerId/);
    }
    for (const printerId of [target, `127.0.0.1:${trap.port}`, 'localhost', 'unconfigured', PRINTER_ID.toUpperCase()]) {
      const res = await c.post('/api/print-jobs', { ...base, printerId });
      expect(res.status, printerId).toBe(400);
      expect(res.body.error, printerId).toMatchObject({ code: 'INKLESS_PRINT_PRINTER_UNKNOWN', path: 'printerId' });
    }
    const good = (await c.post('/api/print-jobs', { ...base, printerId: PRINTER_ID })).body.job.id as string;
    for (const body of [{ printer: target }, { printerId: target }, { printerId: 'unconfigured' }]) {
      const res = await c.post(`/api/print-jobs/${good}/reprint`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.path).toBe(Object.keys(body)[0]);
    }
    expect((await c.get('/api/print-jobs')).body.jobs.map((j: { id: string }) => j.id)).toEqual([good]);
    const before = printer.labels.length;
    const w = worker('w-egress');
    try {
      await waitForJob(c, good, 'done');
    } finally {
      await w.stop();
    }
    expectSameLabels(printer.labels.slice(before).map((l) => l.bitmap), expectedBitmaps(labelDoc(), rowsOf(1, 'Egress')));
    expect(trap.connections).toEqual([]);
  });

  it('lists the configured printers by id and name, with no address', async () => {
    const c = await signedIn();
    const res = await c.get('/api/printers');
    expect(res.status).toBe(200);
    expect(res.body.printers).toEqual(printers.map((p) => ({ id: p.id, name: p.name, profile: PROFILE, confirm: 'status' })));
    expect(res.raw).not.toMatch(/127\.0\.0\.1|example\.test|tcp:/);
    expect(res.raw).not.toContain(String(trap.port));
  });

  it('resolves a configured host name once and connects to the address it checked; a name leading inside the network needs the administrator\'s allowInternalAddress', async () => {
    const c = await signedIn();
    const refused = (await c.post('/api/print-jobs', { document: labelDoc(), rows: rowsOf(1, 'By name'), printerId: 'by-name' })).body.job.id as string;
    const allowed = (await c.post('/api/print-jobs', { document: labelDoc(), rows: rowsOf(2, 'LAN'), printerId: 'lan-by-name' })).body.job.id as string;
    lookups.length = 0;
    connects.length = 0;
    const before = printer.labels.length;
    const w = worker('w-names');
    try {
      const failed = await waitForJob(c, refused, 'failed');
      expect(failed.error.code).toBe('INKLESS_PRINT_PRINTER_NOT_ALLOWED');
      expect(failed.error.message).toMatch(/printer "Named printer" is set up by a host name that leads inside the server's own network/);
      expect(failed.error.message).not.toMatch(/127\.0\.0\.1|example\.test/);
      await waitForJob(c, allowed, 'done');
    } finally {
      await w.stop();
    }
    expect(lookups.sort()).toEqual(['lan-printer.example.test', 'printer.example.test']);
    // The name was resolved once, and the connection went to the address that was checked.
    expect(connects).toEqual([`127.0.0.1:${printer.printer.port}`]);
    expectSameLabels(printer.labels.slice(before).map((l) => l.bitmap), expectedBitmaps(labelDoc(), rowsOf(2, 'LAN')));
    expect(trap.connections).toEqual([]);
  });

  it('fails a job whose printer cannot be reached with one message, the same for a closed port and for a name that does not resolve', async () => {
    const c = await signedIn();
    const closed = (await c.post('/api/print-jobs', { document: labelDoc(), rows: rowsOf(1), printerId: 'closed-port' })).body.job.id as string;
    const unresolved = (await c.post('/api/print-jobs', { document: labelDoc(), rows: rowsOf(1), printerId: 'no-such-name' })).body.job.id as string;
    const w = worker('w-unreachable');
    let errors: { code: string; message: string }[];
    try {
      errors = [(await waitForJob(c, closed, 'failed')).error, (await waitForJob(c, unresolved, 'failed')).error];
    } finally {
      await w.stop();
    }
    expect(errors[0]).toEqual({ code: 'INKLESS_PRINTER_UNREACHABLE', message: 'could not reach printer "Back office": it may be off, busy or disconnected' });
    expect(errors[1]).toEqual(errors[0]);
  });
});
