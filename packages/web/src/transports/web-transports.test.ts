import { TransportError, type BleProfile } from '@inkless/printers';
import { describe, expect, it } from 'vitest';
import { writeChunked } from './chunked-writer';
import { WebBluetoothTransport } from './web-bluetooth-transport';
import type { GattCharacteristicLike, SerialPortLike, UsbDeviceLike } from './web-device-types';
import { WebSerialTransport } from './web-serial-transport';
import { WebUsbTransport } from './web-usb-transport';

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => i & 0xff);

/** A log of what happened, in order: writes with their sizes and the pauses between them. */
function recorder() {
  const log: string[] = [];
  return { log, sleep: async (ms: number) => void log.push(`sleep ${ms}`) };
}

describe('browser transports against fake devices', () => {
  it('chunks to the given size, pauses between chunks only, and awaits each chunk before the next', async () => {
    const { log, sleep } = recorder();
    let inFlight = 0;
    await writeChunked(bytes(45), 20, 5, async (chunk) => {
      expect(inFlight).toBe(0);
      inFlight++;
      await Promise.resolve();
      log.push(`write ${chunk.length}`);
      inFlight--;
    }, sleep);
    expect(log).toEqual(['write 20', 'sleep 5', 'write 20', 'sleep 5', 'write 5']);
  });

  it('Web Bluetooth writes the profile characteristic without response where it can, in paced chunks', async () => {
    const { log, sleep } = recorder();
    const written: number[] = [];
    const characteristic: GattCharacteristicLike = {
      properties: { writeWithoutResponse: true, write: true },
      writeValueWithoutResponse: async (v) => void written.push(...v),
      writeValue: async () => void log.push('with response'),
    };
    const asked: string[] = [];
    const gatt = {
      connected: true,
      connect: async () => gatt,
      disconnect: () => undefined,
      getPrimaryService: async (uuid: string) => (asked.push(uuid), { getCharacteristic: async (c: string) => (asked.push(c), characteristic) }),
    };
    const ble: BleProfile = { service: 'svc', write: 'chr', chunkBytes: 182, pacingMs: 10 };
    const t = new WebBluetoothTransport({ name: 'P1', gatt }, ble, sleep);
    await t.open();
    await t.write(bytes(400));
    expect(asked).toEqual(['svc', 'chr']);
    expect(written).toEqual([...bytes(400)]);
    expect(log).toEqual(['sleep 10', 'sleep 10']);
  });

  it('Web Bluetooth falls back to writes with response, and says the printer is gone when a write fails', async () => {
    const sizes: number[] = [];
    let fail = false;
    const characteristic: GattCharacteristicLike = {
      properties: { writeWithoutResponse: false, write: true },
      writeValue: async (v) => {
        if (fail) throw new Error('GATT Server is disconnected');
        sizes.push(v.length);
      },
    };
    const gatt = { connected: true, connect: async () => gatt, disconnect: () => undefined, getPrimaryService: async () => ({ getCharacteristic: async () => characteristic }) };
    const t = new WebBluetoothTransport({ gatt }, { service: 's', write: 'w', chunkBytes: 20, pacingMs: 0 }, async () => undefined);
    await t.open();
    await t.write(bytes(50));
    expect(sizes).toEqual([20, 20, 10]);
    fail = true;
    await expect(t.write(bytes(5))).rejects.toMatchObject({ code: 'INKLESS_PRINTER_GONE' });
  });

  it('WebUSB claims the printer-class interface and writes to its bulk OUT endpoint', async () => {
    const transfers: [number, number][] = [];
    const claimed: number[] = [];
    const device: UsbDeviceLike = {
      productName: 'XP-420B', opened: false,
      configuration: { interfaces: [
        { interfaceNumber: 0, alternates: [{ interfaceClass: 255, endpoints: [{ endpointNumber: 1, direction: 'out', type: 'bulk' }] }] },
        { interfaceNumber: 1, alternates: [{ interfaceClass: 7, endpoints: [{ endpointNumber: 2, direction: 'in', type: 'bulk' }, { endpointNumber: 3, direction: 'out', type: 'bulk' }] }] },
      ] },
      open: async () => undefined, selectConfiguration: async () => undefined, close: async () => undefined,
      claimInterface: async (n) => void claimed.push(n),
      transferOut: async (ep, data) => (transfers.push([ep, data.length]), { status: 'ok', bytesWritten: data.length }),
    };
    const t = new WebUsbTransport(device);
    await t.open();
    await t.write(bytes(64));
    expect(claimed).toEqual([1]);
    expect(transfers).toEqual([[3, 64]]);
    const gone = new WebUsbTransport({ ...device, transferOut: async () => { throw new Error('The device was disconnected.'); } });
    await gone.open();
    await expect(gone.write(bytes(1))).rejects.toBeInstanceOf(TransportError);
  });

  it('Web Serial opens at the baud rate and waits for the writer to be ready before each write', async () => {
    const log: string[] = [];
    let release: () => void = () => undefined;
    const port: SerialPortLike = {
      open: async ({ baudRate }) => void log.push(`open ${baudRate}`),
      close: async () => void log.push('close'),
      writable: { getWriter: () => ({
        get ready() { return new Promise<void>((resolve) => (release = () => (log.push('ready'), resolve()))); },
        write: async (chunk) => void log.push(`write ${chunk.length}`),
        releaseLock: () => undefined,
      }) },
    };
    const t = new WebSerialTransport(port, 115200);
    await t.open();
    const pending = t.write(bytes(8));
    await Promise.resolve();
    expect(log).toEqual(['open 115200']);
    release();
    await pending;
    await t.close();
    expect(log).toEqual(['open 115200', 'ready', 'write 8', 'close']);
  });
});
