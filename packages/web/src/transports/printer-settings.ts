/** Calibration of one printer: where its image lands and how dark it prints (JobOptions fields). */
export interface Calibration {
  readonly shiftXMm: number;
  readonly shiftYMm: number;
  /** 0..15, undefined = the printer's own default. */
  readonly density: number | undefined;
}

/** How the studio reaches the printer: straight from the browser, or through the server. */
export type PrintRoute = 'server' | 'usb' | 'serial' | 'bluetooth';

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

export function readLastPrinter(): LastPrinter {
  return readJson<LastPrinter>(LAST_KEY) ?? { route: 'server', address: '' };
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
