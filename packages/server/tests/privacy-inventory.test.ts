import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventory, listPersonalColumns, resolveColumn } from '../src/privacy/inventory';
import { dataCategories } from '../src/privacy/inventory-types';
import { openTestDatabase, databaseKinds, type TestDatabase } from './support/test-database';

describe.each(databaseKinds)('the data inventory against the live schema on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());

  it('lists every column of every table of the live schema, and no column that is not there', async () => {
    const rows = await database.db.query<{ table_name: string; column_name: string }>(
      'SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position',
    );
    expect(rows.length).toBeGreaterThan(100);
    const live = rows.map((r) => `${r.table_name}.${r.column_name}`);
    const listed = Object.entries(inventory).flatMap(([table, t]) => Object.keys(t.columns).map((c) => `${table}.${c}`));
    expect(live.filter((c) => !listed.includes(c)), 'columns missing from src/privacy/inventory.ts').toEqual([]);
    expect(listed.filter((c) => !live.includes(c)), 'columns in the inventory that the schema does not have').toEqual([]);
  });

  it('erases by cascade only tables that a chain of ON DELETE CASCADE foreign keys links to users', async () => {
    const keys = await database.db.query<{ child: string; parent: string }>(
      "SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE k.contype = 'f' AND k.confdeltype = 'c' AND n.nspname = current_schema()",
    );
    const cascaded = new Set(['users']);
    for (let changed = true; changed;) {
      changed = false;
      for (const k of keys) if (cascaded.has(k.parent) && !cascaded.has(k.child)) { cascaded.add(k.child); changed = true; }
    }
    const claimed = Object.entries(inventory).filter(([, t]) => t.erasure.effect === 'cascade').map(([table]) => table);
    expect(claimed.length).toBeGreaterThan(5);
    expect(claimed.filter((table) => !cascaded.has(table))).toEqual([]);
  });
});

describe('the data inventory itself', () => {
  it('gives every personal column a purpose, a legal basis, a retention, an export decision and a deletion effect', () => {
    const columns = listPersonalColumns();
    expect(columns.length).toBeGreaterThan(100);
    for (const c of columns) {
      const where = `${c.table}.${c.column}`;
      expect(c.holds, where).not.toBe('');
      expect(c.purpose, where).not.toBe('');
      expect(['contract', 'consent', 'legitimate-interest', 'legal-obligation'], where).toContain(c.basis);
      expect(c.retention, where).not.toBe('');
      expect(c.exportNote, where).not.toBe('');
      expect(['delete', 'cascade', 'pseudonymise', 'legal-hold', 'account'], where).toContain(c.erasure);
    }
    for (const [table, t] of Object.entries(inventory)) {
      for (const [column, entry] of Object.entries(t.columns)) if (!entry.personal) expect(entry.why, `${table}.${column}`).not.toBe('');
    }
  });

  it('keeps under legal hold no column that holds text the user typed', () => {
    const held = listPersonalColumns().filter((c) => c.erasure === 'legal-hold');
    expect(held.map((c) => c.table)).toEqual(expect.arrayContaining(['consent_ledger', 'disclosure_register', 'legal_requests', 'audit_log']));
    expect(held.filter((c) => c.from === 'typed').map((c) => `${c.table}.${c.column}`)).toEqual([]);
  });

  it('exports from every table that holds rows of a user, through views that name only exported columns', () => {
    for (const [table, t] of Object.entries(inventory)) {
      if (t.category !== null) expect(t.views.length, table).toBeGreaterThan(0);
      if (t.category !== null) expect(dataCategories).toContain(t.category);
      for (const view of t.views) {
        for (const c of view.columns ?? []) expect(resolveColumn(table, c)?.exported, `${table}: view column ${c}`).toBe(true);
      }
      const personal = Object.values(t.columns).some((c) => c.personal);
      if (personal) expect(t.erasure.effect, table).not.toBe('nothing');
      if (t.erasure.effect === 'delete' || t.erasure.effect === 'account' || t.erasure.effect === 'pseudonymise') expect(t.erasure.steps?.length, table).toBeGreaterThan(0);
    }
    // The users row goes last: every other statement runs while the account still exists.
    expect(Object.keys(inventory).filter((table) => inventory[table]!.erasure.steps?.length).at(-1)).toBe('users');
  });
});
