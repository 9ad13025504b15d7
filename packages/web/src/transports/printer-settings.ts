/** Calibration of one printer: where its image lands and how dark it prints (JobOptions fields). */
export interface Calibration {
  readonly shiftXMm: number;
  readonly shiftYMm: number;
  /** 0..15, undefined = the printer's own default. */
  readonly density: number | undefined;
}

/**
 * How the studio reaches the printer: straight from the browser, through the server (needs an
 * account), or as a downloaded printer file the user sends on (no device API, no account).
 */
export type PrintRoute = 'server' | 'usb' | 'serial' | 'bluetooth' | 'download';

/** The browser's device APIs that a print route needs (`'usb' in navigator` and the like). */
export interface DeviceApis {
  readonly usb: boolean;
  readonly bluetooth: boolean;
}

/**
 * Which device APIs this browser has (none outside a browser) that can reach the printer:
 * Bluetooth counts only when the printer's profile has a BLE service to write to.
 */
export function detectDeviceApis(printerHasBle = true): DeviceApis {
  const nav = globalThis.navigator as object | undefined;
  return { usb: nav !== undefined && 'usb' in nav, bluetooth: printerHasBle && nav !== undefined && 'bluetooth' in nav };
}

/** The route that works without an account in this browser: USB, else Bluetooth, else a downloaded printer file. */
export function defaultPrintRoute(apis: DeviceApis): PrintRoute {
  return apis.usb ? 'usb' : apis.bluetooth ? 'bluetooth' : 'download';
}

/** The route to use: the chosen one, unless it is the server's and nobody is signed in (then the default). */
export function usablePrintRoute(chosen: PrintRoute, signedIn: boolean, apis: DeviceApis): PrintRoute {
  return chosen === 'server' && !signedIn ? defaultPrintRoute(apis) : chosen;
}

/** The last printer used: kept in this browser so the next print starts there. */
export interface LastPrinter {
  readonly route: PrintRoute;
  /** For the server route, the id of one of the server's printers (GET /api/printers). */
  readonly address: string;
}

const LAST_KEY = 'inkless.lastPrinter';
const CALIBRATION_KEY = (printerKey: string) => `inkless.calibration.${printerKey}`;
export const NO_CALIBRATION: Calibration = { shiftXMm: 0, shiftYMm: 0, density: undefined };

function readJson<T>(key: string): T | undefined {
  try {
    const text = globalThis.localStorage?.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** The printer used last in this browser, or the route that works here without an account. */
export function readLastPrinter(apis: DeviceApis = detectDeviceApis()): LastPrinter {
  return readJson<LastPrinter>(LAST_KEY) ?? { route: defaultPrintRoute(apis), address: '' };
}

export function saveLastPrinter(printer: LastPrinter): void {
  globalThis.localStorage?.setItem(LAST_KEY, JSON.stringify(printer));
}

/** The calibration of a printer (by route + address + profile), or none. */
export function readCalibration(printerKey: string): Calibration {
  return { ...NO_CALIBRATION, ...readJson<Partial<Calibration>>(CALIBRATION_KEY(printerKey)) };
}

export function saveCalibration(printerKey: string, calibration: Calibration): void {
  globalThis.localStorage?.setItem(CALIBRATION_KEY(printerKey), JSON.stringify(calibration));
}

/** The calibration as job options fields (absent fields keep the printer's defaults). */
export function toJobOptionFields(c: Calibration): { shiftXMm?: number; shiftYMm?: number; density?: number } {
  return { ...(c.shiftXMm ? { shiftXMm: c.shiftXMm } : {}), ...(c.shiftYMm ? { shiftYMm: c.shiftYMm } : {}), ...(c.density !== undefined ? { density: c.density } : {}) };
}
