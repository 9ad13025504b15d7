import { TransportError, type Transport } from '../transport';
import { createUnreachableError, describeSystemError } from './describe-system-error';

export interface UsbTransportOptions {
  /** How long one chunk may take to be taken by the printer. */
  readonly writeTimeoutMs?: number;
}

/** The parts of a `usb` (v3, WebUSB-shaped) device this transport uses. */
interface UsbEndpoint {
  readonly endpointNumber: number;
  readonly direction: 'in' | 'out';
  readonly type: 'bulk' | 'interrupt' | 'isochronous';
  readonly packetSize: number;
}
interface UsbInterface {
  readonly interfaceNumber: number;
  readonly alternate: { readonly interfaceClass: number; readonly endpoints: readonly UsbEndpoint[] };
}
interface UsbPrinterDevice {
  readonly configuration: { readonly interfaces: readonly UsbInterface[] } | null | undefined;
  open(): Promise<void>;
  close(): Promise<void>;
  selectConfiguration(value: number): Promise<void>;
  claimInterface(n: number): Promise<void>;
  releaseInterface(n: number): Promise<void>;
  detachKernelDriver?(n: number): Promise<void>;
  transferOut(endpoint: number, data: Uint8Array, timeoutMs?: number): Promise<{ status: string; bytesWritten: number }>;
  transferIn(endpoint: number, length: number, timeoutMs?: number): Promise<{ status: string; data?: DataView }>;
}

const CHUNK_BYTES = 16 * 1024;
const PRINTER_CLASS = 0x07;

/**
 * USB printer class, bulk OUT (and bulk IN for status where the printer has it), through the `usb`
 * package. Picks the interface of class 7, or else the first with a bulk OUT endpoint, never
 * blindly interface 0. On Linux it detaches usblp first; on Windows the device needs WinUSB (Zadig).
 * Untested against hardware.
 */
export class UsbTransport implements Transport {
  readonly description: string;
  private readonly writeTimeoutMs: number;
  private device: UsbPrinterDevice | undefined;
  private interfaceNumber = -1;
  private endpointOut = -1;
  private endpointIn: number | undefined;

  constructor(readonly vendorId: number, readonly productId: number, options: UsbTransportOptions = {}) {
    const hex = (n: number) => n.toString(16).padStart(4, '0');
    this.description = `usb://${hex(vendorId)}:${hex(productId)}`;
    this.writeTimeoutMs = options.writeTimeoutMs ?? 30_000;
  }

  async open(): Promise<void> {
    const hint = 'check the cable and that the printer is on (lsusb lists it); on Linux you may need a udev rule, on Windows WinUSB (Zadig)';
    let device: UsbPrinterDevice | undefined;
    try {
      const { usb } = await import('usb');
      device = (await usb.findDeviceByIds(this.vendorId, this.productId)) as unknown as UsbPrinterDevice | undefined;
    } catch (e) {
      throw createUnreachableError(this.description, e, hint);
    }
    if (!device) throw new TransportError('INKLESS_PRINTER_UNREACHABLE', `cannot reach printer ${this.description}: no USB device with that vendor and product id is connected; ${hint}`);
    try {
      await device.open();
      if (!device.configuration) await device.selectConfiguration(1);
      const chosen = pickPrinterInterface(device.configuration?.interfaces ?? []);
      if (!chosen) throw new Error('it has no interface with a bulk OUT endpoint');
      await device.detachKernelDriver?.(chosen.interfaceNumber).catch(() => {});
      await device.claimInterface(chosen.interfaceNumber);
      this.interfaceNumber = chosen.interfaceNumber;
      this.endpointOut = chosen.out;
      this.endpointIn = chosen.in;
      this.device = device;
    } catch (e) {
      await device.close().catch(() => {});
      throw createUnreachableError(this.description, e, hint);
    }
  }

  async write(bytes: Uint8Array): Promise<void> {
    const device = this.requireOpen();
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
      const chunk = bytes.subarray(at, at + CHUNK_BYTES);
      const result = await device.transferOut(this.endpointOut, chunk, this.writeTimeoutMs).catch((e: unknown) => {
        throw this.transferError(e, at);
      });
      if (result.status !== 'ok') throw this.transferError(new Error(`transfer status ${result.status}`), at);
    }
  }

  async query(request: Uint8Array, options: { replyBytes?: number; timeoutMs: number }): Promise<Uint8Array> {
    const device = this.requireOpen();
    if (this.endpointIn === undefined) throw new TransportError('INKLESS_PRINTER_UNSUPPORTED', `printer ${this.description} has no USB IN endpoint, so it cannot answer status queries`);
    await this.write(request);
    const result = await device.transferIn(this.endpointIn, options.replyBytes ?? 512, options.timeoutMs).catch((e: unknown) => {
      throw new TransportError('INKLESS_PRINTER_TIMEOUT', `printer ${this.description} did not answer the status query within ${options.timeoutMs} ms: ${describeSystemError(e)}`, { cause: e });
    });
    if (!result.data) throw new TransportError('INKLESS_PRINTER_TIMEOUT', `printer ${this.description} did not answer the status query (${result.status})`);
    return new Uint8Array(result.data.buffer, result.data.byteOffset, result.data.byteLength).slice();
  }

  async close(): Promise<void> {
    const device = this.device;
    this.device = undefined;
    if (!device) return;
    await device.releaseInterface(this.interfaceNumber).catch(() => {});
    await device.close().catch(() => {});
  }

  private requireOpen(): UsbPrinterDevice {
    if (!this.device) throw new TransportError('INKLESS_PRINTER_GONE', `printer ${this.description} is not open; open() it before writing`);
    return this.device;
  }

  private transferError(e: unknown, sentBytes: number): TransportError {
    const timedOut = /timeout|timed out/i.test(describeSystemError(e));
    const message = timedOut
      ? `printer ${this.description} took no data for ${this.writeTimeoutMs} ms after ${sentBytes} bytes; check it for paper, an open head or a pause`
      : `printer ${this.description} went away after ${sentBytes} bytes: ${describeSystemError(e)}; check the cable, then print the remaining labels again`;
    return new TransportError(timedOut ? 'INKLESS_PRINTER_TIMEOUT' : 'INKLESS_PRINTER_GONE', message, { cause: e });
  }
}

/** The printer-class interface (7), else the first with a bulk OUT endpoint; with its endpoints. */
export function pickPrinterInterface(interfaces: readonly UsbInterface[]): { interfaceNumber: number; out: number; in?: number } | undefined {
  const withOut = interfaces.filter((i) => i.alternate.endpoints.some((e) => e.type === 'bulk' && e.direction === 'out'));
  const chosen = withOut.find((i) => i.alternate.interfaceClass === PRINTER_CLASS) ?? withOut[0];
  if (!chosen) return undefined;
  const endpoints = chosen.alternate.endpoints.filter((e) => e.type === 'bulk');
  const out = endpoints.find((e) => e.direction === 'out')!.endpointNumber;
  const input = endpoints.find((e) => e.direction === 'in')?.endpointNumber;
  return input === undefined ? { interfaceNumber: chosen.interfaceNumber, out } : { interfaceNumber: chosen.interfaceNumber, out, in: input };
}
