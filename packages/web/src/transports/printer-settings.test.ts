import { describe, expect, it, vi } from 'vitest';
import { defaultPrintRoute, detectDeviceApis, readLastPrinter, usablePrintRoute } from './printer-settings';

describe('the print route a signed-out user starts with', () => {
  it('is USB where the browser has WebUSB, Bluetooth where it has only that, else a downloaded printer file', () => {
    expect(defaultPrintRoute({ usb: true, bluetooth: true })).toBe('usb');
    expect(defaultPrintRoute({ usb: false, bluetooth: true })).toBe('bluetooth');
    expect(defaultPrintRoute({ usb: false, bluetooth: false })).toBe('download');
    // No printer used yet in this browser (no localStorage here): never the server's route.
    expect(readLastPrinter({ usb: false, bluetooth: false })).toEqual({ route: 'download', address: '' });
  });

  it('keeps the server route for a signed-in user and replaces it while signed out', () => {
    expect(usablePrintRoute('server', true, { usb: true, bluetooth: false })).toBe('server');
    expect(usablePrintRoute('server', false, { usb: true, bluetooth: false })).toBe('usb');
    expect(usablePrintRoute('serial', false, { usb: true, bluetooth: false })).toBe('serial');
  });

  it('counts Web Bluetooth only for a printer whose profile has a BLE service', () => {
    vi.stubGlobal('navigator', { bluetooth: {} });
    try {
      expect(detectDeviceApis(true)).toEqual({ usb: false, bluetooth: true });
      expect(defaultPrintRoute(detectDeviceApis(false))).toBe('download');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
