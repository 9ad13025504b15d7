/**
 * The GS1 application identifiers Inkless checks (GS1 General Specifications §3.2, the common
 * subset). Each AI is a list of parts: `n` digits or `x` GS1 character set 82, a fixed length
 * (min = max) or a maximum, plus check-digit and date rules.
 */
export interface Gs1Part {
  readonly fmt: 'n' | 'x';
  readonly min: number;
  readonly max: number;
  /** The last digit is a GS1 mod-10 check digit. */
  readonly check?: boolean;
  /** YYMMDD, DD may be 00. */
  readonly date?: boolean;
}

export interface Gs1AiSpec {
  readonly title: string;
  readonly parts: readonly Gs1Part[];
}

const n = (len: number, extra: Partial<Gs1Part> = {}): Gs1Part => ({ fmt: 'n', min: len, max: len, ...extra });
const nv = (max: number): Gs1Part => ({ fmt: 'n', min: 1, max });
const xv = (max: number): Gs1Part => ({ fmt: 'x', min: 1, max });
const date = n(6, { date: true });

const table: Record<string, Gs1AiSpec> = {
  '00': { title: 'SSCC', parts: [n(18, { check: true })] },
  '01': { title: 'GTIN', parts: [n(14, { check: true })] },
  '02': { title: 'CONTENT', parts: [n(14, { check: true })] },
  '10': { title: 'BATCH/LOT', parts: [xv(20)] },
  '11': { title: 'PROD DATE', parts: [date] },
  '12': { title: 'DUE DATE', parts: [date] },
  '13': { title: 'PACK DATE', parts: [date] },
  '15': { title: 'BEST BEFORE', parts: [date] },
  '16': { title: 'SELL BY', parts: [date] },
  '17': { title: 'USE BY', parts: [date] },
  '20': { title: 'VARIANT', parts: [n(2)] },
  '21': { title: 'SERIAL', parts: [xv(20)] },
  '22': { title: 'CPV', parts: [xv(20)] },
  '240': { title: 'ADDITIONAL ID', parts: [xv(30)] },
  '241': { title: 'CUST. PART No.', parts: [xv(30)] },
  '250': { title: 'SECONDARY SERIAL', parts: [xv(30)] },
  '251': { title: 'REF. TO SOURCE', parts: [xv(30)] },
  '30': { title: 'VAR. COUNT', parts: [nv(8)] },
  '37': { title: 'COUNT', parts: [nv(8)] },
  '400': { title: 'ORDER NUMBER', parts: [xv(30)] },
  '401': { title: 'GINC', parts: [xv(30)] },
  '402': { title: 'GSIN', parts: [n(17, { check: true })] },
  '403': { title: 'ROUTE', parts: [xv(30)] },
  '420': { title: 'SHIP TO POST', parts: [xv(20)] },
  '421': { title: 'SHIP TO POST', parts: [n(3), { fmt: 'x', min: 1, max: 9 }] },
  '422': { title: 'ORIGIN', parts: [n(3)] },
  '7003': { title: 'EXPIRY TIME', parts: [n(10)] },
  '8003': { title: 'GRAI', parts: [n(14, { check: true }), { fmt: 'x', min: 0, max: 16 }] },
  '8004': { title: 'GIAI', parts: [xv(30)] },
  '8005': { title: 'PRICE PER UNIT', parts: [n(6)] },
  '8006': { title: 'ITIP', parts: [n(14, { check: true }), n(4)] },
  '8007': { title: 'IBAN', parts: [xv(34)] },
  '8008': { title: 'PROD TIME', parts: [n(8), { fmt: 'n', min: 0, max: 4 }] },
  '8017': { title: 'GSRN - PROVIDER', parts: [n(18, { check: true })] },
  '8018': { title: 'GSRN - RECIPIENT', parts: [n(18, { check: true })] },
  '8020': { title: 'REF No.', parts: [xv(25)] },
  '90': { title: 'INTERNAL', parts: [xv(30)] },
};
for (const ai of ['410', '411', '412', '413', '414', '415', '416', '417']) table[ai] = { title: 'GLN', parts: [n(13, { check: true })] };
// 310x-369x: trade and logistic measures, x = decimal point position.
for (let prefix = 310; prefix <= 369; prefix++) {
  if (prefix >= 317 && prefix <= 319) continue;
  for (let d = 0; d <= 5; d++) table[`${prefix}${d}`] = { title: 'MEASURE', parts: [n(6)] };
}
for (let d = 0; d <= 9; d++) {
  table[`390${d}`] = { title: 'AMOUNT', parts: [nv(15)] };
  table[`391${d}`] = { title: 'AMOUNT (ISO)', parts: [n(3), nv(15)] };
  table[`392${d}`] = { title: 'PRICE', parts: [nv(15)] };
  table[`393${d}`] = { title: 'PRICE (ISO)', parts: [n(3), nv(15)] };
}
for (let ai = 91; ai <= 99; ai++) table[String(ai)] = { title: 'INTERNAL', parts: [xv(90)] };

/** The AIs by their digits. */
export const GS1_AIS: ReadonlyMap<string, Gs1AiSpec> = new Map(Object.entries(table));

/**
 * AIs whose length is predefined by their first two digits (GS1 Gen Specs figure 5.10.1-2):
 * no FNC1 separator follows them. Every other AI ends with FNC1 unless it is last.
 */
const PREDEFINED_PREFIXES = new Set(['00', '01', '02', '03', '04', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '31', '32', '33', '34', '35', '36', '41']);

export function isPredefinedLengthAi(ai: string): boolean {
  return PREDEFINED_PREFIXES.has(ai.slice(0, 2));
}

/** GS1 AI encodable character set 82 (Gen Specs figure 7.11-1). */
export const GS1_CSET82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/;
