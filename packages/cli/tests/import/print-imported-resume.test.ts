import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';
import { listPngs, startVirtualPrinterCli, waitFor, type VirtualPrinterCli } from '../support/virtual-printer-cli';
import { decodeLabelPngs, makeCarrierPdf } from './support/import-fixtures';

// An imported job keeps a journal like a label document's: a printer that goes away after two
// confirmed labels leaves a journal, and --resume prints the rest of the pages on another printer.

const TSPL_STATUS_QUERY = '\x1b!?';
const dir = mkdtempSync(join(tmpdir(), 'inkless-import-resume-'));
const carrier = makeCarrierPdf({ paper: 'letter', layout: 'top-half', form: 'image', pages: 4 });
const pdf = join(dir, 'four.pdf');
writeFileSync(pdf, carrier.bytes);
const codes = carrier.pages.map((p) => p.labels[0]!.code128);

/** A TSPL printer that answers `confirmed` status queries as ready, then hangs up. */
function startDyingPrinter(confirmed: number): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer((socket) => {
      let seen = '';
      let answered = 0;
      socket.on('data', (d: Buffer) => {
        seen += d.toString('latin1');
        while (seen.includes(TSPL_STATUS_QUERY)) {
          seen = seen.slice(seen.indexOf(TSPL_STATUS_QUERY) + TSPL_STATUS_QUERY.length);
          if (answered++ < confirmed) socket.write(Buffer.of(0x00));
          else socket.destroy();
        }
      });
      socket.on('error', () => undefined);
    });
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port }));
  });
}

let printer: VirtualPrinterCli | undefined;
afterAll(async () => {
  await printer?.stop();
});

describe('inkless print --resume for an imported PDF', () => {
  it('continues after the last label the printer confirmed', async () => {
    const dying = await startDyingPrinter(2);
    const broken = await runCli(['print', pdf, '--printer', `tcp://127.0.0.1:${dying.port}`, '--profile', 'generic-tspl-203', '--quiet'], { timeoutMs: 300_000 });
    dying.server.close();
    expect(broken.code, broken.stderr).not.toBe(0);
    expect(broken.stderr).toMatch(/went away after label 2 of 4 .*--resume to continue from label 3/s);
    expect(existsSync(`${pdf}.inkless-print.jsonl`)).toBe(true);

    const out = join(dir, 'printed');
    printer = await startVirtualPrinterCli('tspl', out);
    const resumed = await runCli(['print', pdf, '--printer', `tcp://127.0.0.1:${printer.port}`, '--profile', 'generic-tspl-203', '--resume', '--quiet'], { timeoutMs: 300_000 });
    expect(resumed.code, resumed.stderr).toBe(0);
    await waitFor(() => listPngs(out).length >= 2, 30_000);
    const labels = await decodeLabelPngs(out);
    expect(labels.map((symbols) => symbols.find((s) => s.startsWith('Code128:')))).toEqual([`Code128:${codes[2]}`, `Code128:${codes[3]}`]);
    expect(existsSync(`${pdf}.inkless-print.jsonl`)).toBe(false);
  }, 600_000);
});
