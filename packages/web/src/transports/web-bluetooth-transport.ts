import { TransportError, type BleProfile, type Transport } from '@inkless/printers';
import { realSleep, writeChunked, type Sleep } from './chunked-writer';
import type { BluetoothDeviceLike, GattCharacteristicLike } from './web-device-types';

/**
 * A Bluetooth LE printer through Web Bluetooth: the profile's GATT service and write
 * characteristic. Web Bluetooth does not tell the negotiated MTU, so writes are the profile's
 * chunk size (20 bytes fits the default ATT MTU of 23; some modules take 182), paced by its pause,
 * without response where the characteristic allows it (much faster), else with response.
 */
export class WebBluetoothTransport implements Transport {
  readonly description: string;
  private characteristic: GattCharacteristicLike | undefined;

  constructor(private readonly device: BluetoothDeviceLike, private readonly ble: BleProfile, private readonly sleep: Sleep = realSleep) {
    this.description = `ble:${device.name ?? 'printer'}`;
  }

  async open(): Promise<void> {
    try {
      const server = await this.device.gatt!.connect();
      const service = await server.getPrimaryService(this.ble.service);
      this.characteristic = await service.getCharacteristic(this.ble.write);
    } catch (cause) {
      throw new TransportError('INKLESS_PRINTER_UNREACHABLE', `${this.description}: could not reach the printer's service ${this.ble.service}; is it on, near, and the right model?`, { cause });
    }
  }

  async write(bytes: Uint8Array): Promise<void> {
    const c = this.characteristic;
    if (!c || this.device.gatt?.connected === false) throw new TransportError('INKLESS_PRINTER_GONE', `${this.description}: the printer disconnected; bring it near, switch it on and resume`);
    const send = c.properties.writeWithoutResponse && c.writeValueWithoutResponse
      ? (v: Uint8Array<ArrayBuffer>) => c.writeValueWithoutResponse!(v)
      : (v: Uint8Array<ArrayBuffer>) => (c.writeValueWithResponse ? c.writeValueWithResponse(v) : c.writeValue(v));
    try {
      await writeChunked(bytes, this.ble.chunkBytes, this.ble.pacingMs, (chunk) => send(new Uint8Array(chunk)), this.sleep);
    } catch (cause) {
      throw new TransportError('INKLESS_PRINTER_GONE', `${this.description}: the printer disconnected; bring it near, switch it on and resume`, { cause });
    }
  }

  async close(): Promise<void> {
    this.device.gatt?.disconnect();
    this.characteristic = undefined;
  }
}
