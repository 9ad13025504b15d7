import { TransportError, type Transport } from '@inkless/printers';
import type { UsbDeviceLike } from './web-device-types';

/** USB class code of printers (USB Printer Class 1.1). */
export const USB_PRINTER_CLASS = 7;

/** The printer-class interface and its bulk OUT endpoint: where a USB printer takes its job. */
export function findPrinterEndpoint(device: UsbDeviceLike): { interfaceNumber: number; endpointNumber: number } | undefined {
  for (const iface of device.configuration?.interfaces ?? []) {
    for (const alt of iface.alternates) {
      if (alt.interfaceClass !== USB_PRINTER_CLASS) continue;
      const out = alt.endpoints.find((e) => e.direction === 'out' && e.type === 'bulk');
      if (out) return { interfaceNumber: iface.interfaceNumber, endpointNumber: out.endpointNumber };
    }
  }
  return undefined;
}

/** A USB printer through WebUSB (a device the user picked with navigator.usb.requestDevice). */
export class WebUsbTransport implements Transport {
  readonly description: string;
  private endpointNumber = 0;

  constructor(private readonly device: UsbDeviceLike) {
    this.description = `usb:${device.productName ?? 'printer'}`;
  }

  async open(): Promise<void> {
    try {
      if (!this.device.opened) await this.device.open();
      if (!this.device.configuration) await this.device.selectConfiguration(1);
    } catch (cause) {
      throw new TransportError('INKLESS_PRINTER_UNREACHABLE', `${this.description}: the browser could not open the USB printer (another program may hold it); close that program and try again`, { cause });
    }
    const found = findPrinterEndpoint(this.device);
    if (!found) throw new TransportError('INKLESS_PRINTER_UNSUPPORTED', `${this.description}: no printer-class interface with a bulk OUT endpoint; pick the label printer itself`);
    await this.device.claimInterface(found.interfaceNumber);
    this.endpointNumber = found.endpointNumber;
  }

  async write(bytes: Uint8Array): Promise<void> {
    let result;
    try {
      result = await this.device.transferOut(this.endpointNumber, new Uint8Array(bytes));
    } catch (cause) {
      throw new TransportError('INKLESS_PRINTER_GONE', `${this.description}: the printer disconnected; plug it in and resume`, { cause });
    }
    if (result.status !== 'ok' || result.bytesWritten !== bytes.length) {
      throw new TransportError('INKLESS_PRINTER_GONE', `${this.description}: the printer stopped taking data (${result.status}); check it and resume`);
    }
  }

  async close(): Promise<void> {
    await this.device.close().catch(() => undefined);
  }
}
