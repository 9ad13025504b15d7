import { TransportError, type Transport } from '../transport';
import { CupsTransport } from './cups-transport';
import { FileTransport } from './file-transport';
import { IppTransport } from './ipp-transport';
import { SerialTransport } from './serial-transport';
import { TcpTransport, type TcpTransportOptions } from './tcp-transport';
import { UsbTransport } from './usb-transport';

/** The printer addresses Inkless understands, for help text and error messages. */
export const PRINTER_URI_FORMS = [
  'tcp://HOST[:PORT]                 raw TCP, port 9100 by default (socket:// too)',
  'serial:///dev/ttyUSB0[?baud=9600] USB-serial, or Bluetooth SPP (/dev/rfcomm0, COM3)',
  'usb://VID:PID                     USB printer class, ids in hex (usb://0483:5720)',
  'cups://QUEUE                      a CUPS raw queue, through `lp -o raw`',
  'ipp://HOST:631/printers/QUEUE     IPP Print-Job (ipps:// too)',
  'file:///PATH, file:- or stdout    append to a file or a device node, or standard output',
] as const;

export type OpenTransportOptions = TcpTransportOptions;

/**
 * Turns a printer address into its transport (not yet opened). Throws INKLESS_PRINTER_URI with the
 * accepted forms when the address is not one of them.
 *
 * @example
 * const printer = openTransport('tcp://192.0.2.7:9100');
 */
export function openTransport(uri: string, options: OpenTransportOptions = {}): Transport {
  const text = uri.trim();
  if (text === 'stdout' || text === '-' || text === 'file:-') return new FileTransport('-');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  switch (scheme) {
    case 'tcp':
    case 'socket':
      return parseTcp(text, options);
    case 'serial':
      return parseSerial(text);
    case 'usb':
      return parseUsb(text);
    case 'cups':
      return parseCups(text);
    case 'ipp':
    case 'ipps':
      return new IppTransport(parseUrl(text).href);
    case 'file':
      return parseFile(text);
    default:
      throw uriError(text, 'unknown kind of address');
  }
}

function parseTcp(text: string, options: TcpTransportOptions): Transport {
  const url = parseUrl(text);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) throw uriError(text, 'no host');
  if (url.pathname && url.pathname !== '/') throw uriError(text, 'a raw TCP address has no path');
  return new TcpTransport(host, url.port ? Number(url.port) : 9100, options);
}

function parseSerial(text: string): Transport {
  const [rest = '', query = ''] = text.replace(/^serial:(\/\/)?/i, '').split('?');
  if (!rest) throw uriError(text, 'no device path');
  const params = new URLSearchParams(query);
  for (const key of params.keys()) if (key !== 'baud') throw uriError(text, `unknown option "${key}" (only baud)`);
  const baud = params.get('baud');
  const baudRate = baud === null ? 9600 : Number(baud);
  if (!Number.isInteger(baudRate) || baudRate <= 0) throw uriError(text, `baud must be a whole number, got "${baud}"`);
  return new SerialTransport(decodeURIComponent(rest), baudRate);
}

function parseUsb(text: string): Transport {
  const match = /^usb:\/\/(?:0x)?([0-9a-f]{1,4}):(?:0x)?([0-9a-f]{1,4})\/?$/i.exec(text);
  if (!match) throw uriError(text, 'a USB address is usb://VID:PID with 4 hex digits each');
  return new UsbTransport(parseInt(match[1]!, 16), parseInt(match[2]!, 16));
}

function parseCups(text: string): Transport {
  const queue = text.replace(/^cups:(\/\/)?/i, '');
  if (!/^[^\s/#]+$/.test(queue)) throw uriError(text, 'a CUPS queue name has no spaces, slashes or #');
  return new CupsTransport(queue);
}

function parseFile(text: string): Transport {
  const url = parseUrl(text);
  if (url.host) throw uriError(text, 'a file address is file:///absolute/path (three slashes)');
  return new FileTransport(decodeURIComponent(url.pathname));
}

function parseUrl(text: string): URL {
  try {
    return new URL(text);
  } catch {
    throw uriError(text, 'it is not a well-formed address');
  }
}

function uriError(uri: string, why: string): TransportError {
  return new TransportError('INKLESS_PRINTER_URI', `printer address "${uri}": ${why}. Use one of:\n  ${PRINTER_URI_FORMS.join('\n  ')}`);
}
