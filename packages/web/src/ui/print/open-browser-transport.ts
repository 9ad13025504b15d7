import { TransportError, type PrinterProfile, type Transport } from '@inkless/printers';
import type { PrintRoute } from '../../transports/printer-settings';
import type { BluetoothDeviceLike, SerialPortLike, UsbDeviceLike } from '../../transports/web-device-types';
import { WebBluetoothTransport } from '../../transports/web-bluetooth-transport';
import { WebSerialTransport } from '../../transports/web-serial-transport';
import { chooseDevice } from './device-chooser';
import { USB_PRINTER_CLASS, WebUsbTransport } from '../../transports/web-usb-transport';

interface BrowserDeviceApis {
  usb?: { requestDevice(o: { filters: { classCode: number }[] }): Promise<UsbDeviceLike> };
  serial?: { requestPort(): Promise<SerialPortLike> };
  bluetooth?: { requestDevice(o: { filters: { services: string[] }[]; optionalServices: string[] }): Promise<BluetoothDeviceLike> };
}

/**
 * Asks the browser for a printer on a direct route (the browser shows its own device chooser; it
 * needs a click) and opens a transport to it. Throws a TransportError when the browser has no
 * such API (WebUSB, Web Serial and Web Bluetooth are Chromium-only) or the profile has no BLE service.
 */
export async function openBrowserTransport(route: Exclude<PrintRoute, 'server' | 'download'>, profile: PrinterProfile): Promise<Transport> {
  const apis = navigator as unknown as BrowserDeviceApis;
  const missing = (what: string) => new TransportError('INKLESS_PRINTER_UNSUPPORTED', `this browser has no ${what}; use Chrome or Edge, or print through the server`);
  let transport: Transport;
  if (route === 'usb') {
    if (!apis.usb) throw missing('WebUSB');
    const usb = apis.usb;
    transport = new WebUsbTransport(await chooseDevice(() => usb.requestDevice({ filters: [{ classCode: USB_PRINTER_CLASS }] })));
  } else if (route === 'serial') {
    if (!apis.serial) throw missing('Web Serial');
    const serial = apis.serial;
    transport = new WebSerialTransport(await chooseDevice(() => serial.requestPort()));
  } else {
    if (!apis.bluetooth) throw missing('Web Bluetooth');
    const ble = profile.ble;
    if (!ble) throw new TransportError('INKLESS_PRINTER_UNSUPPORTED', `${profile.name} has no Bluetooth LE service in its profile; pick a BLE printer profile`);
    const bluetooth = apis.bluetooth;
    transport = new WebBluetoothTransport(await chooseDevice(() => bluetooth.requestDevice({ filters: [{ services: [ble.service] }], optionalServices: [ble.service] })), ble);
  }
  await transport.open();
  return transport;
}
