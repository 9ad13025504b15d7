import { TransportError, type Transport } from '@inkless/printers';
import type { SerialPortLike, SerialWriterLike } from './web-device-types';

/** The baud rate when nothing says otherwise (profiles have none yet): the common default of label printers. */
export const DEFAULT_BAUD_RATE = 9600;

/** A serial printer (USB-serial, Bluetooth SPP) through Web Serial. */
export class WebSerialTransport implements Transport {
  readonly description: string;
  private writer: SerialWriterLike | undefined;

  constructor(private readonly port: SerialPortLike, private readonly baudRate = DEFAULT_BAUD_RATE) {
    this.description = `serial:?baud=${baudRate}`;
  }

  async open(): Promise<void> {
    try {
      await this.port.open({ baudRate: this.baudRate });
    } catch (cause) {
      throw new TransportError('INKLESS_PRINTER_UNREACHABLE', `${this.description}: the serial port could not be opened (in use?); close other programs and try again`, { cause });
    }
    const writer = this.port.writable?.getWriter();
    if (!writer) throw new TransportError('INKLESS_PRINTER_UNREACHABLE', `${this.description}: the serial port cannot be written`);
    this.writer = writer;
  }

  /** Waits for the stream's `ready` (its queue has room: back-pressure), then for the write itself. */
  async write(bytes: Uint8Array): Promise<void> {
    const writer = this.writer;
    if (!writer) throw new TransportError('INKLESS_PRINTER_GONE', `${this.description}: not open`);
    try {
      await writer.ready;
      await writer.write(bytes);
    } catch (cause) {
      throw new TransportError('INKLESS_PRINTER_GONE', `${this.description}: the printer disconnected; reconnect it and resume`, { cause });
    }
  }

  async close(): Promise<void> {
    this.writer?.releaseLock();
    this.writer = undefined;
    await this.port.close().catch(() => undefined);
  }
}
