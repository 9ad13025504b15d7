import type { LabelDocument } from '@inkless/label';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../api/api-client';
import { ApiRequestError } from '../api/api-error';
import type { TemplateLink } from '../storage/local-labels';
import { createTemplateSync, SYNC_DELAY_MS, type TemplateSync } from './template-sync';

interface Call {
  readonly method: string;
  readonly path: string;
  readonly body: { version?: number; document?: LabelDocument; name?: string } | undefined;
}

/** A fake server holding one template: PUT with a stale version is a 409; `offline` makes every call fail as fetch would. */
function fakeServer(start: { id: string; version: number; document: unknown }) {
  const calls: Call[] = [];
  const server = { ...start, offline: false };
  const api: Pick<ApiClient, 'request'> = {
    async request<T>(method: string, path: string, body?: unknown): Promise<T> {
      calls.push({ method, path, body: body as Call['body'] });
      if (server.offline) throw new ApiRequestError(0, 'INKLESS_WEB_API_OFFLINE', 'the server cannot be reached');
      if (path !== `/api/templates/${server.id}`) throw new ApiRequestError(404, 'INKLESS_API_NOT_FOUND', 'no such template');
      if (method === 'PUT') {
        const sent = body as { version: number; document: unknown };
        if (sent.version !== server.version) throw new ApiRequestError(409, 'INKLESS_API_CONFLICT', 'the template changed since you read it');
        server.version += 1;
        server.document = sent.document;
      }
      return { template: { id: server.id, version: server.version, document: server.document } } as T;
    },
  };
  return { api, calls, server, puts: () => calls.filter((c) => c.method === 'PUT') };
}

function makeDoc(name: string): LabelDocument {
  return { schemaVersion: 1, name, label: { widthMm: 50, heightMm: 30, dpi: 203 }, variables: {}, elements: [] } as unknown as LabelDocument;
}

const LINK: TemplateLink = { templateId: 't1', version: 3, pending: false };

describe('the template sync', () => {
  let fake: ReturnType<typeof fakeServer>;
  let saved: { labelId: string; link: TemplateLink }[];
  let sync: TemplateSync;

  beforeEach(() => {
    vi.useFakeTimers();
    fake = fakeServer({ id: 't1', version: 3, document: makeDoc('v3') });
    saved = [];
    sync = createTemplateSync({ api: fake.api, saveLink: async (labelId, link) => void saved.push({ labelId, link }) });
  });

  afterEach(() => {
    sync.stop();
    vi.useRealTimers();
  });

  function openLinked(doc = makeDoc('v3')): LabelDocument {
    sync.open('label-1', doc);
    sync.setSignedIn(true);
    sync.link('label-1', LINK, doc);
    return doc;
  }

  it('sends one PUT after the quiet time, however many edits came before it', async () => {
    openLinked();
    expect(sync.status.getState().kind).toBe('saved');
    for (let i = 0; i < 10; i++) {
      sync.edit(makeDoc(`typing ${i}`));
      await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS / 4);
    }
    expect(fake.puts()).toHaveLength(0);
    expect(sync.status.getState().kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS);
    expect(fake.puts()).toHaveLength(1);
    expect(fake.puts()[0]!.body).toMatchObject({ version: 3, name: 'typing 9', document: { name: 'typing 9' } });
    expect(sync.status.getState().kind).toBe('saved');
  });

  it('sends the version it last saw, and the new one after each save (kept with the label)', async () => {
    openLinked();
    sync.edit(makeDoc('first'));
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS);
    sync.edit(makeDoc('second'));
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS);
    expect(fake.puts().map((c) => c.body?.version)).toEqual([3, 4]);
    expect(fake.server.version).toBe(5);
    expect(saved.at(-1)).toEqual({ labelId: 'label-1', link: { templateId: 't1', version: 5, pending: false } });
    // The first edit marked the link pending before anything was sent.
    expect(saved[0]!.link.pending).toBe(true);
  });

  it('does not send an unlinked label, nor anything while signed out; signing in sends the waiting edit', async () => {
    sync.open('label-1', makeDoc('local only'));
    sync.setSignedIn(true);
    sync.edit(makeDoc('still local'));
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS * 2);
    expect(fake.calls).toHaveLength(0);
    expect(sync.status.getState().kind).toBe('off');

    openLinked();
    sync.setSignedIn(false);
    sync.edit(makeDoc('signed out edit'));
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS * 2);
    expect(fake.puts()).toHaveLength(0);
    expect(sync.status.getState().kind).toBe('signed-out');
    sync.setSignedIn(true);
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS);
    expect(fake.puts().map((c) => c.body?.name)).toEqual(['signed out edit']);
  });

  it('says offline when the server cannot be reached and sends when retried', async () => {
    openLinked();
    fake.server.offline = true;
    sync.edit(makeDoc('offline edit'));
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS);
    expect(sync.status.getState().kind).toBe('offline');
    fake.server.offline = false;
    await sync.retry();
    expect(sync.status.getState().kind).toBe('saved');
    expect(fake.server.document).toMatchObject({ name: 'offline edit' });
  });

  it('on 409 shows the conflict, stops sending, and "keep mine" overwrites with the newest version', async () => {
    openLinked();
    fake.server.version = 7; // saved on another device
    fake.server.document = makeDoc('theirs');
    sync.edit(makeDoc('mine'));
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS);
    expect(sync.status.getState().kind).toBe('conflict');
    sync.edit(makeDoc('mine, edited more'));
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS * 3);
    expect(fake.puts()).toHaveLength(1);
    expect(fake.server.document).toMatchObject({ name: 'theirs' });

    await sync.keepMine();
    expect(fake.puts().at(-1)!.body).toMatchObject({ version: 7, name: 'mine, edited more' });
    expect(fake.server).toMatchObject({ version: 8, document: { name: 'mine, edited more' } });
    expect(sync.status.getState().kind).toBe('saved');
  });

  it('"load theirs" hands the server document to the editor and continues from its version', async () => {
    openLinked();
    fake.server.version = 9;
    fake.server.document = makeDoc('theirs');
    sync.edit(makeDoc('mine'));
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS);
    expect(sync.status.getState().kind).toBe('conflict');
    let loaded: LabelDocument | undefined;
    await sync.loadTheirs((document) => (loaded = document as LabelDocument));
    expect(loaded).toMatchObject({ name: 'theirs' });
    expect(sync.status.getState().kind).toBe('saved');
    expect(saved.at(-1)!.link).toEqual({ templateId: 't1', version: 9, pending: false });
    sync.edit(makeDoc('after theirs'));
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS);
    expect(fake.puts().at(-1)!.body?.version).toBe(9);
    expect(fake.server.version).toBe(10);
  });

  it('a link restored from this browser with pending edits sends them; a clean one does not', async () => {
    sync.open('label-1', makeDoc('edited offline'));
    sync.setSignedIn(true);
    sync.restoreLink('label-1', { ...LINK, pending: true });
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS);
    expect(fake.puts().map((c) => c.body?.name)).toEqual(['edited offline']);

    sync.open('label-2', makeDoc('clean'));
    sync.restoreLink('label-2', { templateId: 't1', version: 4, pending: false });
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS);
    expect(fake.puts()).toHaveLength(1);
    // A stale read (the label was linked meanwhile, or another one is open) changes nothing.
    sync.restoreLink('label-1', { ...LINK, pending: true });
    await vi.advanceTimersByTimeAsync(SYNC_DELAY_MS);
    expect(fake.puts()).toHaveLength(1);
  });

  it('opening another label sends the edits waiting for the one left, to its own template', async () => {
    openLinked();
    sync.edit(makeDoc('left behind'));
    sync.open('label-2', makeDoc('other label'));
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.puts().map((c) => `${c.path} ${c.body?.name}`)).toEqual(['/api/templates/t1 left behind']);
    expect(sync.status.getState().kind).toBe('off');
  });
});
