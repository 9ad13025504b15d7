import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePrinterUri } from './printer-uri';

describe('parsePrinterUri', () => {
  it('reads tcp:// addresses into host and port, 9100 by default, normalised', () => {
    expect(parsePrinterUri('tcp://192.0.2.7:9100')).toEqual({ ok: true, value: { host: '192.0.2.7', port: 9100, uri: 'tcp://192.0.2.7:9100' } });
    expect(parsePrinterUri(' TCP://Printer.Local ')).toEqual({ ok: true, value: { host: 'printer.local', port: 9100, uri: 'tcp://printer.local:9100' } });
    expect(parsePrinterUri('tcp://[2001:db8::7]:9101/')).toEqual({ ok: true, value: { host: '2001:db8::7', port: 9101, uri: 'tcp://[2001:db8::7]:9101' } });
  });

  it('refuses other schemes, users, paths, queries, bad hosts and ports, saying why', () => {
    const reasons = (text: string) => {
      const r = parsePrinterUri(text);
      return r.ok ? 'accepted' : r.reason;
    };
    expect(reasons('serial:///dev/ttyUSB0')).toMatch(/only to network printers/);
    expect(reasons('file:///etc/passwd')).toMatch(/only to network printers/);
    expect(reasons('tcp://user:pw@host:9100')).toMatch(/no user, path or query/);
    expect(reasons('tcp://host:9100/x')).toMatch(/no user, path or query/);
    expect(reasons('tcp://host:9100?a=1')).toMatch(/no user, path or query/);
    expect(reasons('tcp://:9100')).toMatch(/not a host name/);
    expect(reasons('tcp://-host')).toMatch(/not a host name/);
    expect(reasons('tcp://[zz]:1')).toMatch(/not a host name/);
    expect(reasons('tcp://host:0')).toMatch(/between 1 and 65535/);
    expect(reasons('tcp://host:65536')).toMatch(/between 1 and 65535/);
    expect(reasons('192.0.2.7:9100')).toMatch(/tcp:\/\/HOST/);
  });

  it('never throws, and what it accepts reads back to itself', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string().map((s) => `tcp://${s}`)), (text) => {
      const r = parsePrinterUri(text);
      if (r.ok) expect(parsePrinterUri(r.value.uri)).toEqual(r);
    }));
  });
});
