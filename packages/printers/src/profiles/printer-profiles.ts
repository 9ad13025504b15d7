import { InklessError } from '@inkless/label';
import { generatedPrinterProfiles } from './printer-profiles.generated';
import type { PrinterProfile } from './printer-profile-types';

/** Every printer profile Inkless knows, in catalogue order (see profile-source.ts to add one). */
export const printerProfiles: readonly PrinterProfile[] = generatedPrinterProfiles;

const profilesById: ReadonlyMap<string, PrinterProfile> = new Map(printerProfiles.map((p) => [p.id, p]));

/** Looks a profile up by its stable id; undefined when there is none. */
export function findProfile(id: string): PrinterProfile | undefined {
  return profilesById.get(id);
}

/**
 * Like findProfile, for ids a user typed (`--profile`): throws INKLESS_PRINTER_PROFILE_UNKNOWN
 * naming the closest ids, so a typo is one glance away from its fix.
 */
export function getProfile(id: string, path = 'profile'): PrinterProfile {
  const profile = profilesById.get(id);
  if (profile) return profile;
  const close = suggestProfileIds(id);
  const hint = close.length > 0 ? `did you mean ${close.join(', ')}?` : `known ids include ${printerProfiles.slice(0, 6).map((p) => p.id).join(', ')}, ...`;
  throw new InklessError('INKLESS_PRINTER_PROFILE_UNKNOWN', `no printer profile "${id}"; ${hint} (\`inkless printers\` lists them all)`, { path });
}

/** Up to `limit` ids close to `query`: small edit distance, or sharing a word with it (`gk420` -> zebra-gk420d). */
export function suggestProfileIds(query: string, limit = 4): string[] {
  const q = query.trim().toLowerCase();
  const words = q.split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
  const threshold = Math.max(2, Math.floor(q.length / 3));
  const scored = printerProfiles.map((p) => {
    const distance = measureEditDistance(q, p.id);
    const shared = words.filter((w) => p.id.includes(w) || p.name.toLowerCase().includes(w)).length;
    return { id: p.id, close: shared > 0 || distance <= threshold, score: distance - 3 * shared };
  });
  return scored.filter((s) => s.close).sort((a, b) => a.score - b.score || a.id.localeCompare(b.id)).slice(0, limit).map((s) => s.id);
}

/** Levenshtein distance, two rows of memory. */
function measureEditDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
