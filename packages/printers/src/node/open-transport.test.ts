import { describe, expect, it } from 'vitest';
import { TransportError } from '../transport';
import { CupsTransport } from './cups-transport';
import { FileTransport } from './file-transport';
import { IppTransport } from './ipp-transport';
import { openTransport } from './open-transport';
import { SerialTransport } from './serial-transport';
import { TcpTransport } from './tcp-transport';
import { UsbTransport } from './usb-transport';

describe('openTransport', () => {
  it('reads every address form into its transport', () => {
    const tcp = openTransport('tcp://192.0.2.7:9101') as TcpTransport;
    expect(tcp).toBeInstanceOf(TcpTransport);
    expect([tcp.host, tcp.port]).toEqual(['192.0.2.7', 9101]);
    expect((openTransport('tcp://printer.local') as TcpTransport).port).toBe(9100);
    expect((openTransport('socket://[::1]:9100') as TcpTransport).host).toBe('::1');
    expect(openTransport('socket://[::1]:9100').description).toBe('tcp://[::1]:9100');
    const serial = openTransport('serial:///dev/ttyUSB0?baud=115200') as SerialTransport;
    expect(serial).toBeInstanceOf(SerialTransport);
    expect([serial.path, serial.baudRate]).toEqual(['/dev/ttyUSB0', 115200]);
    expect((openTransport('serial:///dev/rfcomm0') as SerialTransport).baudRate).toBe(9600);
    expect((openTransport('serial://COM3') as SerialTransport).path).toBe('COM3');
    const usb = openTransport('usb://0483:5720') as UsbTransport;
    expect(usb).toBeInstanceOf(UsbTransport);
    expect([usb.vendorId, usb.productId, usb.description]).toEqual([0x0483, 0x5720, 'usb://0483:5720']);
    expect((openTransport('usb://0x1fc9:0x2016') as UsbTransport).vendorId).toBe(0x1fc9);
    expect((openTransport('cups://LABELS') as CupsTransport).queue).toBe('LABELS');
    expect(openTransport('ipp://localhost:631/printers/LABELS')).toBeInstanceOf(IppTransport);
    expect((openTransport('file:///tmp/a%20b.prn') as FileTransport).path).toBe('/tmp/a b.prn');
    for (const out of ['file:-', 'stdout', '-']) expect((openTransport(out) as FileTransport).path).toBe('-');
  });

  it.each([
    ['lpt1', 'unknown kind of address'],
    ['http://example.com', 'unknown kind of address'],
    ['tcp://', 'no host'],
    ['tcp://host:9100/path', 'no path'],
    ['serial://', 'no device path'],
    ['serial:///dev/ttyS0?baud=fast', 'baud must be a whole number'],
    ['serial:///dev/ttyS0?parity=none', 'unknown option "parity"'],
    ['usb://printer', 'usb://VID:PID'],
    ['cups://my queue', 'no spaces'],
    ['file://host/path', 'three slashes'],
  ])('rejects %s with the forms it accepts', (uri, why) => {
    let error: unknown;
    try {
      openTransport(uri);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).code).toBe('INKLESS_PRINTER_URI');
    expect((error as TransportError).message).toContain(why);
    expect((error as TransportError).message).toContain(`"${uri}"`);
    expect((error as TransportError).message).toContain('tcp://HOST[:PORT]');
    expect((error as TransportError).message).toContain('usb://VID:PID');
  });
});
