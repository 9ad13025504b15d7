import { describe, expect, it } from 'vitest';
import { TransportError } from '../transport';
import { pickPrinterInterface, UsbTransport } from './usb-transport';

const bulk = (endpointNumber: number, direction: 'in' | 'out') => ({ endpointNumber, direction, type: 'bulk' as const, packetSize: 64 });

describe('UsbTransport (no USB hardware here)', () => {
  it('loads the usb module and says a missing printer is unreachable, naming it', async () => {
    const error = await new UsbTransport(0x0483, 0x5720).open().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).code).toBe('INKLESS_PRINTER_UNREACHABLE');
    expect((error as TransportError).message).toContain('usb://0483:5720');
    expect((error as TransportError).message).toContain('lsusb');
  });

  it('refuses writes before open', async () => {
    await expect(new UsbTransport(1, 2).write(new Uint8Array(1))).rejects.toMatchObject({ code: 'INKLESS_PRINTER_GONE' });
  });

  it('picks the printer-class interface, not interface 0, with its bulk endpoints', () => {
    const hid = { interfaceNumber: 0, alternate: { interfaceClass: 0x03, endpoints: [{ ...bulk(1, 'in'), type: 'interrupt' as const }] } };
    const vendor = { interfaceNumber: 1, alternate: { interfaceClass: 0xff, endpoints: [bulk(2, 'out')] } };
    const printer = { interfaceNumber: 2, alternate: { interfaceClass: 0x07, endpoints: [bulk(3, 'out'), bulk(4, 'in')] } };
    expect(pickPrinterInterface([hid, vendor, printer])).toEqual({ interfaceNumber: 2, out: 3, in: 4 });
    expect(pickPrinterInterface([hid, vendor])).toEqual({ interfaceNumber: 1, out: 2 });
    expect(pickPrinterInterface([hid])).toBeUndefined();
  });
});
