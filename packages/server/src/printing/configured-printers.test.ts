import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfiguredPrinters, readConfiguredPrinters } from './configured-printers';

const desk = { id: 'desk', name: 'Shipping desk', uri: 'tcp://10.0.0.5', profile: 'generic-tspl-203' };

describe('configured printers', () => {
  it('has none unless the administrator sets INKLESS_PRINTERS or INKLESS_PRINTERS_FILE', () => {
    expect(readConfiguredPrinters({})).toEqual([]);
  });

  it('reads each printer with its address normalised, confirm defaulting to status and internal names not allowed', () => {
    const [printer] = readConfiguredPrinters({ INKLESS_PRINTERS: JSON.stringify([desk]) });
    expect(printer).toEqual({ id: 'desk', name: 'Shipping desk', uri: 'tcp://10.0.0.5:9100', host: '10.0.0.5', port: 9100, profile: 'generic-tspl-203', confirm: 'status', allowInternalAddress: false });
    const [oneWay] = parseConfiguredPrinters(JSON.stringify([{ ...desk, uri: 'tcp://Print-Server.example:9101', confirm: 'written', allowInternalAddress: true }]), 'INKLESS_PRINTERS');
    expect(oneWay).toMatchObject({ host: 'print-server.example', port: 9101, confirm: 'written', allowInternalAddress: true });
  });

  it('reads the same array from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inkless-printers-'));
    try {
      const file = join(dir, 'printers.json');
      writeFileSync(file, JSON.stringify([desk, { ...desk, id: 'shelf', name: 'Shelf' }]));
      expect(readConfiguredPrinters({ INKLESS_PRINTERS_FILE: file }).map((p) => p.id)).toEqual(['desk', 'shelf']);
      expect(() => readConfiguredPrinters({ INKLESS_PRINTERS_FILE: join(dir, 'missing.json') })).toThrow(/INKLESS_PRINTERS_FILE: cannot read .*missing\.json \(ENOENT\)/);
      expect(() => readConfiguredPrinters({ INKLESS_PRINTERS_FILE: file, INKLESS_PRINTERS: '[]' })).toThrow(/not both/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a wrong setting naming the entry and the field, so the server does not start with it', () => {
    const wrong = (entries: unknown) => () => parseConfiguredPrinters(typeof entries === 'string' ? entries : JSON.stringify(entries), 'INKLESS_PRINTERS');
    expect(wrong('{oops')).toThrow(/^INKLESS_PRINTERS: not JSON/);
    expect(wrong({ desk })).toThrow(/give an array of printers/);
    expect(wrong([desk, { ...desk, uri: 'usb://0483:5720' }])).toThrow(/printers\[1\]\.uri: the server prints only to network printers/);
    expect(wrong([{ ...desk, uri: 'tcp://0.0.0.0:9100' }])).toThrow(/printers\[0\]\.uri: 0\.0\.0\.0 is not the address of one printer/);
    expect(wrong([{ ...desk, uri: 'tcp://[ff02::1]:9100' }])).toThrow(/not the address of one printer/);
    expect(wrong([{ ...desk, profile: 'zebra-gk420' }])).toThrow(/printers\[0\]\.profile: no printer profile "zebra-gk420"; did you mean zebra-gk420d/);
    expect(wrong([{ ...desk, confirm: 'never' }])).toThrow(/printers\[0\]\.confirm: confirm is one of status, written/);
    expect(wrong([{ ...desk, id: 'Desk 1' }])).toThrow(/printers\[0\]\.id: id is 1 to 64 lower-case/);
    expect(wrong([{ ...desk, port: 9100 }])).toThrow(/printers\[0\]: .*\(port\)/);
    expect(wrong([{ ...desk, name: undefined }])).toThrow(/printers\[0\]\.name: name is required/);
    expect(wrong([desk, desk])).toThrow(/printers\[1\]\.id: "desk" is used twice/);
  });
});
