import { InklessError } from '@inkless/label';
import { confirmModes } from '../confirm-mode';
import { isPrinterLanguage } from '../printer-language';
import type { BleProfile, PrinterProfile, ProfileFinish, ProfileMedia, ProfileTransport } from './printer-profile-types';
import { blePresets, languageDefaults, profileRows, type BlePreset, type ProfileRow } from './profile-source';
import { writeGeneratedModuleWhenRun } from '@inkless/label/tooling';

/**
 * Generator of printer-profiles.generated.ts: expands the compact rows of profile-source.ts into full
 * PrinterProfile entries (token lists, BLE UUIDs, language defaults), checks them, and prints a module.
 * Run: npx tsx packages/printers/src/profiles/generate-printer-profiles.ts
 */

const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MEDIA: readonly ProfileMedia[] = ['gap', 'mark', 'continuous'];
const FINISH: readonly ProfileFinish[] = ['tear', 'peel', 'cut'];
const TRANSPORTS: readonly ProfileTransport[] = ['tcp', 'usb', 'serial', 'bluetooth-spp', 'ble', 'cups', 'ipp'];
const BLE_BASE_SUFFIX = '-0000-1000-8000-00805f9b34fb';
const UUID_128 = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `2af1` -> `00002af1-0000-1000-8000-00805f9b34fb`: the Bluetooth base UUID form Web Bluetooth wants. */
export function expandUuid(uuid: string): string {
  const lower = uuid.toLowerCase();
  return /^[0-9a-f]{4}$/.test(lower) ? `0000${lower}${BLE_BASE_SUFFIX}` : lower;
}

function expandBle(preset: BlePreset): BleProfile {
  const p: { service: string; write: string; notify?: string; chunkBytes: number; pacingMs: number } = blePresets[preset];
  return { service: expandUuid(p.service), write: expandUuid(p.write), ...(p.notify ? { notify: expandUuid(p.notify) } : {}), chunkBytes: p.chunkBytes, pacingMs: p.pacingMs };
}

/** Splits a token list and checks every token against what is allowed. */
function parseTokens<T extends string>(text: string, allowed: readonly T[], what: string, fail: (message: string) => never): T[] {
  const tokens = text.trim().split(/\s+/).filter((t) => t !== '');
  if (tokens.length === 0) fail(`${what} must list at least one of ${allowed.join(', ')}`);
  for (const token of tokens) if (!(allowed as readonly string[]).includes(token)) fail(`${what} "${token}" is not one of ${allowed.join(', ')}`);
  if (new Set(tokens).size !== tokens.length) fail(`${what} lists a value twice`);
  return tokens as T[];
}

function expandRow(row: ProfileRow, fail: (message: string) => never): PrinterProfile {
  if (!isPrinterLanguage(row.lang)) fail(`language "${String(row.lang)}" is not tspl, zpl, escpos or cpcl`);
  const defaults = languageDefaults[row.lang];
  const transports = parseTokens(row.via, TRANSPORTS, 'transport', fail);
  if (row.confirm !== undefined && !confirmModes.includes(row.confirm)) fail(`confirm "${String(row.confirm)}" is not one of ${confirmModes.join(', ')}`);
  const notes = [row.notes, row.uncertain === undefined ? undefined : `Uncertain: ${row.uncertain}`].filter((n) => n !== undefined).join(' ');
  return {
    id: row.id,
    name: row.name,
    language: row.lang,
    dpi: row.dpi,
    headWidthDots: row.head,
    maxLabelLengthMm: row.maxMm,
    media: parseTokens(row.media ?? defaults.media, MEDIA, 'media', fail),
    finish: parseTokens(row.finish ?? defaults.finish, FINISH, 'finish', fail),
    transports,
    ...(row.ble === undefined ? {} : { ble: expandBle(row.ble) }),
    ...(row.confirm === undefined ? {} : { confirm: row.confirm }),
    ...(notes === '' ? {} : { notes }),
  };
}

/** Expands and checks the whole source; throws INKLESS_PRINTER_PROFILE_INVALID naming the bad row. */
export function expandProfileSource(rows: readonly ProfileRow[] = profileRows): PrinterProfile[] {
  const seen = new Set<string>();
  return rows.map((row, i) => {
    const fail = (message: string): never => {
      throw new InklessError('INKLESS_PRINTER_PROFILE_INVALID', message, { path: `profileRows[${i}] (${row.id})` });
    };
    if (!KEBAB_ID.test(row.id)) fail('the id must be kebab-case: lower-case letters, digits and single dashes');
    if (seen.has(row.id)) fail('the id is used twice; ids must be unique');
    seen.add(row.id);
    if (![203, 300, 600].includes(row.dpi)) fail('dpi must be 203, 300 or 600');
    if (!Number.isInteger(row.head) || row.head <= 0 || row.head % 8 !== 0) fail('head must be a positive whole number of dots, a multiple of 8');
    if (!(row.maxMm > 0)) fail('maxMm must be a positive length in mm');
    const profile = expandRow(row, fail);
    if (profile.transports.includes('ble') !== (profile.ble !== undefined)) fail('a profile has a ble preset exactly when its transports list ble');
    if (profile.ble) for (const uuid of [profile.ble.service, profile.ble.write, profile.ble.notify ?? profile.ble.write]) if (!UUID_128.test(uuid)) fail(`"${uuid}" is not a UUID`);
    return profile;
  });
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function printValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.map(printValue).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{ ${entries.map(([k, v]) => `${k}: ${printValue(v)}`).join(', ')} }`;
}

/** The text of printer-profiles.generated.ts: pure and deterministic, so a test can compare it to the file. */
export function buildProfilesModule(): string {
  return [
    '// GENERATED by generate-printer-profiles.ts from profile-source.ts. Do not edit by hand; edit the source and run:',
    '//   npx tsx packages/printers/src/profiles/generate-printer-profiles.ts',
    "import type { PrinterProfile } from './printer-profile-types';",
    '',
    '/** Every printer profile: generic ones first, then models by brand. */',
    'export const generatedPrinterProfiles: readonly PrinterProfile[] = [',
    ...expandProfileSource().map((profile) => `  ${printValue(profile)},`),
    '];',
    '',
  ].join('\n');
}

void writeGeneratedModuleWhenRun('generate-printer-profiles.ts', 'printer-profiles.generated.ts', buildProfilesModule);
