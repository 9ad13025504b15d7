import type { Issue } from '../errors/issue';

/** The schemaVersion this engine writes. Older documents are migrated forward on load. */
export const CURRENT_SCHEMA_VERSION = 2;

type Json = Record<string, unknown>;

/**
 * Forward migrations: `migrations[n]` turns a version-n document into version n+1. They work on
 * raw JSON (before validation) and never drop data silently.
 */
const migrations: Record<number, (doc: Json) => Json> = {
  // v1 (the first studio prototype) named sizes without units: x, y, w, h and label.width/height.
  1: (doc) => {
    const label = isObject(doc.label) ? renameKeys(doc.label, { width: 'widthMm', height: 'heightMm' }) : doc.label;
    const elements = Array.isArray(doc.elements)
      ? doc.elements.map((el) => (isObject(el) ? renameKeys(el, { x: 'xMm', y: 'yMm', w: 'widthMm', h: 'heightMm' }) : el))
      : doc.elements;
    return { ...doc, schemaVersion: 2, label, elements };
  },
};

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function renameKeys(obj: Json, names: Record<string, string>): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(obj)) {
    const to = Object.hasOwn(names, key) ? names[key]! : key;
    if (!Object.hasOwn(out, to)) out[to] = value;
  }
  return out;
}

/** Brings a raw document to CURRENT_SCHEMA_VERSION, or says why it cannot. */
export function migrateDocument(raw: Json): { ok: true; doc: Json } | { ok: false; issues: Issue[] } {
  const version = raw.schemaVersion;
  if (version === undefined) {
    return { ok: false, issues: [{ code: 'INKLESS_DOC_VERSION', path: 'schemaVersion', message: `is required (the current version is ${CURRENT_SCHEMA_VERSION})` }] };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, issues: [{ code: 'INKLESS_DOC_VERSION', path: 'schemaVersion', message: 'must be a whole number from 1' }] };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return { ok: false, issues: [{ code: 'INKLESS_DOC_VERSION', path: 'schemaVersion', message: `${version} is newer than this Inkless understands (${CURRENT_SCHEMA_VERSION}); update Inkless` }] };
  }
  let doc = raw;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, issues: [{ code: 'INKLESS_DOC_VERSION', path: 'schemaVersion', message: `no migration from version ${v}` }] };
    doc = step(doc);
  }
  return { ok: true, doc };
}
