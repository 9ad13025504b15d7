import { strToU8, zipSync, type Zippable } from 'fflate';
import { inventory, resolveColumn } from './inventory';
import type { PersonalData } from './personal-data';

/** The JSON file in the archive; its format is described by `explanations` inside it. */
export const EXPORT_JSON_NAME = 'inkless-export.json';
const README_NAME = 'README.txt';

/**
 * Packs a user's data as a ZIP: the JSON, the files beside it (already compressed PNGs are
 * stored as they are) and a short README.
 *
 * Wire format of inkless-export.json:
 *   { format: 'inkless-export', formatVersion: 1, generatedAt: ISO, userId,
 *     sections: { <category>: { <list>: [ { <column>: value } ] } },
 *     explanations: { <table>: { about, purpose, basis, retention, columns: { <column>: what it holds } } } }
 */
export function buildExportArchive(userId: string, data: PersonalData, generatedAt: Date): Uint8Array {
  const document = {
    format: 'inkless-export',
    formatVersion: 1,
    generatedAt: generatedAt.toISOString(),
    userId,
    sections: data.sections,
    explanations: describeTables(),
  };
  const entries: Zippable = {
    [EXPORT_JSON_NAME]: strToU8(JSON.stringify(document, null, 2)),
    [README_NAME]: strToU8(README),
  };
  for (const file of data.files) entries[file.path] = [file.bytes, { level: 0 }];
  return zipSync(entries, { level: 6, mtime: generatedAt });
}

/** What each exported table is and why it is kept, from the inventory. */
function describeTables(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [table, t] of Object.entries(inventory)) {
    if (t.category === null) continue;
    const columns: Record<string, string> = {};
    for (const column of Object.keys(t.columns)) {
      const c = resolveColumn(table, column);
      if (c?.exported) columns[column] = c.holds;
    }
    out[table] = { about: t.about, purpose: t.purpose, basis: t.basis, retention: t.retention, whenYouDeleteYourAccount: t.erasure.says, columns };
  }
  return out;
}

const README = `Your data from Inkless

${EXPORT_JSON_NAME} holds everything the service keeps about your account, grouped by kind
(account, templates, print history, logs, consents, disclosures, staff access and more).
Its "explanations" part says, for each table, what it is for, why we keep it, for how long,
and what happens to it when you delete your account.

thumbnails/ holds a picture of each of your templates, named by the template's id.

Not included, on purpose: your password hash, your two-factor secret and the hashes of
session cookies, mailed links and recovery codes. They are secrets that would only help
someone else get into your account.
`;
