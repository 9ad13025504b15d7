import { QR_ALPHANUMERIC, encodeUtf8, type QrErrorLevel } from './qr';

/**
 * What a 2D symbology holds at its largest size, by kind of data, as its standard gives it.
 * Digits are the densest kind, so no data longer than `digits` characters fits at all.
 */
export interface SymbolCapacity {
  /** Where that holds, for messages: `at its largest size, 144x144`. */
  readonly largest: string;
  readonly digits: number;
  /** Characters of the symbology's compact text set (`lettersName`). */
  readonly letters: number;
  readonly lettersName: string;
  /** Bytes of any other text (UTF-8); undefined where the symbology has no byte mode. */
  readonly bytes: number | undefined;
}

/** QR Code version 40 per error-correction level (ISO/IEC 18004, table 7). */
const QR_CAPACITY: Readonly<Record<QrErrorLevel, SymbolCapacity>> = {
  L: qr('L', 7089, 4296, 2953),
  M: qr('M', 5596, 3391, 2331),
  Q: qr('Q', 3993, 2420, 1663),
  H: qr('H', 3057, 1852, 1273),
};

function qr(level: QrErrorLevel, digits: number, letters: number, bytes: number): SymbolCapacity {
  return { largest: `at version 40, its largest size, with error correction ${level}`, digits, letters, lettersName: 'capital letters, digits, spaces and $%*+-./:', bytes };
}

const DATA_MATRIX: SymbolCapacity = { largest: 'at its largest size, 144x144', digits: 3116, letters: 2335, lettersName: 'letters, digits and spaces', bytes: 1556 };

/** Capacities of the 2D symbologies Inkless encodes through bwip-js (ISO/IEC 16022, 15438, 24778, 16023). */
const BWIP_CAPACITY: Readonly<Record<string, SymbolCapacity>> = {
  datamatrix: DATA_MATRIX,
  gs1datamatrix: DATA_MATRIX,
  pdf417: { largest: 'at its largest size, 90 rows of 30 columns, with the least error correction', digits: 2710, letters: 1850, lettersName: 'letters, digits, spaces and common punctuation', bytes: 1108 },
  azteccode: { largest: 'at its largest size, 32 layers', digits: 3832, letters: 3067, lettersName: 'capital letters and spaces', bytes: 1914 },
  maxicode: { largest: 'in its one fixed size', digits: 138, letters: 93, lettersName: 'characters of other kinds', bytes: undefined },
};

/** The capacity that bounds a symbology's data, or undefined when Inkless does not know it. */
export function capacityOf(symbology: string, qrLevel: QrErrorLevel): SymbolCapacity | undefined {
  if (symbology === 'qrcode' || symbology === 'gs1qrcode') return QR_CAPACITY[qrLevel];
  return Object.hasOwn(BWIP_CAPACITY, symbology) ? BWIP_CAPACITY[symbology] : undefined;
}

/** 7089 -> "7,089", without locale data (the engine gives the same text everywhere). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * QR Code data is encoded in one mode (qr.ts): digits, the alphanumeric set, or UTF-8 bytes. So its
 * limit is exact: a message when the data is over it at this error level, else undefined.
 */
export function checkQrCapacity(data: string, level: QrErrorLevel): string | undefined {
  const cap = QR_CAPACITY[level];
  const [count, limit, unit] = /^\d+$/.test(data)
    ? [data.length, cap.digits, 'digits']
    : QR_ALPHANUMERIC.test(data)
      ? [data.length, cap.letters, `characters (${cap.lettersName})`]
      : [encodeUtf8(data).length, cap.bytes!, 'bytes'];
  if (count <= limit) return undefined;
  const lower = level === 'L' ? '' : `; error correction L holds more (${formatCount(qrLimitAtL(data))})`;
  const chars = unit === 'bytes' && count !== data.length ? ` (${formatCount(data.length)} characters in UTF-8)` : '';
  return `QR Code holds at most ${formatCount(limit)} ${unit} at error correction ${level}; this data is ${formatCount(count)} ${unit.split(' ')[0]}${chars}${lower}`;
}

function qrLimitAtL(data: string): number {
  if (/^\d+$/.test(data)) return QR_CAPACITY.L.digits;
  return QR_ALPHANUMERIC.test(data) ? QR_CAPACITY.L.letters : QR_CAPACITY.L.bytes!;
}

/**
 * A bound checked before a bwip-js 2D encoder runs: data longer than the symbology's digit
 * capacity cannot fit whatever it holds. Shorter data is left to the encoder, which knows how
 * mixed data packs; when it refuses, {@link describeOverCapacity} says the limits.
 */
export function checkCapacityBound(label: string, cap: SymbolCapacity, data: string): string | undefined {
  return data.length > cap.digits ? describeOverCapacity(label, cap, data) : undefined;
}

/** `Data Matrix holds at most 3,116 digits, or 2,335 letters, digits and spaces, or 1,556 bytes (at its largest size, 144x144); this data is ...` */
export function describeOverCapacity(label: string, cap: SymbolCapacity, data: string): string {
  const kinds = [`${formatCount(cap.digits)} digits`, `${formatCount(cap.letters)} ${cap.lettersName}`, ...(cap.bytes === undefined ? [] : [`${formatCount(cap.bytes)} bytes`])];
  const what = /^\d+$/.test(data) ? `${formatCount(data.length)} digits` : `${formatCount(data.length)} characters (${formatCount(encodeUtf8(data).length)} bytes in UTF-8)`;
  return `${label} holds at most ${kinds.join(', or ')} (${cap.largest}); this data is ${what}`;
}
