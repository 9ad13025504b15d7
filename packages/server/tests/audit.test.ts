import { createHash, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAuditEntries, appendAuditEntry, type AuditEntry } from '../src/audit/append-audit-entry';
import { hashAuditRow } from '../src/audit/audit-hash';
import { GENESIS_HASH } from '../src/audit/hash-chain';
import { verifyAuditChain } from '../src/audit/verify-audit-chain';
import { databaseKinds, openTestDatabase, type TestDatabase } from './support/test-database';

interface Row { seq: string | number; at: Date; staff_id: string; action: string; subject_user_id: string | null; target: string; prev_hash: string; hash: string }

describe.each(databaseKinds)('audit log on %s', (kind) => {
  // Tampering breaks a chain for good, so each test gets a database of its own.
  let open: TestDatabase[] = [];
  const fresh = async () => {
    const d = await openTestDatabase(kind);
    open.push(d);
    return d.db;
  };
  afterEach(async () => {
    await Promise.all(open.map((d) => d.close()));
    open = [];
  });
  const staffId = randomUUID();
  const entry = (i: number, over: Partial<AuditEntry> = {}): AuditEntry => ({ staffId, action: 'moderation.template.view', subjectUserId: randomUUID(), target: `template:${i}`, at: new Date(Date.UTC(2026, 5, 1, 12, 0, i)), ...over });
  const rows = async (db: TestDatabase['db']) => db.query<Row>('SELECT * FROM audit_log ORDER BY seq');

  it('links each row to the one before by sha256(prev_hash + canonical JSON), from a fixed start', async () => {
    const db = await fresh();
    await appendAuditEntry(db, entry(1, { subjectUserId: null }));
    await appendAuditEntries(db, [entry(2), entry(3)]);
    const [first, second, third] = await rows(db);
    expect(first!.prev_hash).toBe(GENESIS_HASH);
    // Recomputed here independently: keys in sorted order, no spaces.
    const json = `{"action":"moderation.template.view","at":"2026-06-01T12:00:01.000Z","seq":"${first!.seq}","staffId":"${staffId}","subjectUserId":null,"target":"template:1"}`;
    expect(first!.hash).toBe(createHash('sha256').update(GENESIS_HASH + json).digest('hex'));
    expect(second!.prev_hash).toBe(first!.hash);
    expect(third!.prev_hash).toBe(second!.hash);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, rows: 3, headHash: third!.hash });
  });

  it('never forks the chain when many append at once', async () => {
    const db = await fresh();
    await Promise.all(Array.from({ length: 24 }, (_, i) => appendAuditEntry(db, entry(i))));
    const all = await rows(db);
    expect(all).toHaveLength(24);
    expect(new Set(all.map((r) => r.prev_hash)).size).toBe(24);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: 24 });
  });

  it('commits an entry with the work it audits, or neither; a rolled-back append leaves only a harmless gap in seq', async () => {
    const db = await fresh();
    await appendAuditEntry(db, entry(1));
    await expect(db.transaction(async (tx) => {
      await appendAuditEntry(tx, entry(2));
      throw new Error('the audited work failed');
    })).rejects.toThrow('the audited work failed');
    await appendAuditEntry(db, entry(3));
    const all = await rows(db);
    expect(all.map((r) => r.target)).toEqual(['template:1', 'template:3']);
    expect(Number(all[1]!.seq) - Number(all[0]!.seq)).toBeGreaterThan(1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: 2 });
  });

  it('reports the first row changed behind its back with SQL, even with its own hash recomputed', async () => {
    const db = await fresh();
    await appendAuditEntries(db, [entry(1), entry(2), entry(3), entry(4)]);
    const [, second, third] = await rows(db);
    await db.query("UPDATE audit_log SET target = 'template:someone-else' WHERE seq = $1", [second!.seq]);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, rows: 2, brokenSeq: String(second!.seq), problem: 'hash' });
    await db.query("UPDATE audit_log SET target = 'template:2', at = at + interval '1 millisecond' WHERE seq = $1", [second!.seq]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenSeq: String(second!.seq), problem: 'hash' });
    // A forger who knows the formula and rewrites that row's hash breaks the link to the next row instead.
    const [forged] = await db.query<Row>('SELECT * FROM audit_log WHERE seq = $1', [second!.seq]);
    const forgedHash = hashAuditRow(forged!.prev_hash, { seq: String(forged!.seq), at: forged!.at, staffId: forged!.staff_id, action: forged!.action, subjectUserId: forged!.subject_user_id, target: forged!.target });
    await db.query('UPDATE audit_log SET hash = $2 WHERE seq = $1', [second!.seq, forgedHash]);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, rows: 3, brokenSeq: String(third!.seq), problem: 'link' });
    await db.query("UPDATE audit_log SET at = at - interval '1 millisecond', hash = $2 WHERE seq = $1", [second!.seq, second!.hash]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: 4 });
    await db.query('UPDATE audit_log SET subject_user_id = NULL WHERE seq = $1', [third!.seq]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenSeq: String(third!.seq), problem: 'hash' });
  });

  it('reports a removed row at the row after it, and a removed first row', async () => {
    const db = await fresh();
    await appendAuditEntries(db, [entry(1), entry(2), entry(3)]);
    const [first, second, third] = await rows(db);
    await db.query('DELETE FROM audit_log WHERE seq = $1', [second!.seq]);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, rows: 2, brokenSeq: String(third!.seq), problem: 'link' });
    await db.query('DELETE FROM audit_log WHERE seq = $1', [first!.seq]);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, rows: 1, brokenSeq: String(third!.seq), problem: 'link' });
  });

  it('checks a log longer than one page', async () => {
    const db = await fresh();
    for (let i = 0; i < 5; i++) await appendAuditEntries(db, Array.from({ length: 500 }, (_, j) => entry(i * 500 + j)));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: 2500 });
    const [late] = await db.query<{ seq: string | number }>('SELECT seq FROM audit_log ORDER BY seq OFFSET 2100 LIMIT 1');
    await db.query("UPDATE audit_log SET action = 'nothing to see' WHERE seq = $1", [late!.seq]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, rows: 2101, brokenSeq: String(late!.seq), problem: 'hash' });
  });
});
