// Node-only edges of @inkless/printers: transports and the virtual printer.
export { openTransport, PRINTER_URI_FORMS, type OpenTransportOptions } from './node/open-transport';
export { TcpTransport, type TcpTransportOptions } from './node/tcp-transport';
export { SerialTransport, type SerialTransportOptions } from './node/serial-transport';
export { UsbTransport, type UsbTransportOptions } from './node/usb-transport';
export { CupsTransport, type CupsTransportOptions } from './node/cups-transport';
export { IppTransport, type IppTransportOptions } from './node/ipp-transport';
export { FileTransport } from './node/file-transport';
export { startVirtualPrinter, type VirtualPrinter, type VirtualPrinterOptions, type VirtualLabel } from './node/virtual-printer';
