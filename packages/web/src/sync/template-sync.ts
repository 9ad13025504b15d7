import type { LabelDocument } from '@inkless/label';
import type { ApiClient } from '../api/api-client';
import { ApiRequestError, describeFailure } from '../api/api-error';
import { createStore, type Store } from '../editor/store';
import type { TemplateLink } from '../storage/local-labels';

/** Quiet time after the last edit before a linked label is sent to the account: typing is one PUT. */
export const SYNC_DELAY_MS = 2000;

/**
 * What the header says about the account copy of the open label. `off`: not linked (or the
 * account is not known yet); `pending`: edits wait for the quiet time; `conflict`: someone saved
 * the template elsewhere since this copy last matched it, the user chooses whose version stays.
 */
export type SyncStatus =
  | { readonly kind: 'off' | 'pending' | 'saving' | 'saved' | 'offline' | 'signed-out' | 'conflict' }
  | { readonly kind: 'failed'; readonly message: string };

export interface TemplateSyncOptions {
  readonly api: Pick<ApiClient, 'request'>;
  /** Persists a label's link (its server version, whether edits wait) with the label in this browser. */
  readonly saveLink: (labelId: string, link: TemplateLink) => Promise<void>;
  readonly delayMs?: number;
  /** False while a drag is under way: the PUT waits for the document to settle. */
  readonly canPush?: () => boolean;
  readonly status?: Store<SyncStatus>;
}

/** Keeps the open label's account template up to date; one instance per studio. */
export interface TemplateSync {
  readonly status: Store<SyncStatus>;
  /** The label now open in the studio (its document as shown); unlinked until told otherwise. */
  open(labelId: string, doc: LabelDocument): void;
  /** The open label's id, if any. */
  readonly openLabelId: () => string | undefined;
  /**
   * Links the open label to a template. `syncedDoc` is the document the server has at
   * `link.version` (the open document when omitted); when the open one differs it is sent.
   */
  link(labelId: string, link: TemplateLink, syncedDoc?: LabelDocument): void;
  /** The link kept in this browser, read after open(): applied unless the label was linked meanwhile. */
  restoreLink(labelId: string, link: TemplateLink): void;
  edit(doc: LabelDocument): void;
  setSignedIn(signedIn: boolean | undefined): void;
  /** Sends waiting edits now (the connection is back). */
  retry(): Promise<void>;
  /** Conflict choice: overwrite the server's newer version with this document. */
  keepMine(): Promise<void>;
  /** Conflict choice: take the server's version; `apply` loads it into the editor and returns it as loaded. */
  loadTheirs(apply: (document: unknown) => LabelDocument): Promise<void>;
  stop(): void;
}

interface Session {
  readonly labelId: string;
  /** The document at open(): what the stored link (read later) describes. */
  readonly openedDoc: LabelDocument;
  link: TemplateLink | undefined;
  doc: LabelDocument;
  /** The document the server has at link.version; undefined when unknown (send ours). */
  pushedDoc: LabelDocument | undefined;
  conflict: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  pushing: Promise<void> | undefined;
  again: boolean;
}

interface TemplateAnswer {
  readonly template: { readonly id: string; readonly version: number; readonly document?: unknown };
}

function isSameDocument(a: LabelDocument, b: LabelDocument): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Makes the sync. Wire format of the PUT (packages/server template-routes.ts):
 * PUT /api/templates/:id { "version": <the version this copy matched>, "document": {...}, "name"?: "..." }
 * -> 200 { "template": { "version": <new>, ... } } | 409 INKLESS_API_CONFLICT when it moved on.
 */
export function createTemplateSync(options: TemplateSyncOptions): TemplateSync {
  const { api, saveLink } = options;
  const delayMs = options.delayMs ?? SYNC_DELAY_MS;
  const status = options.status ?? createStore<SyncStatus>({ kind: 'off' });
  let signedIn: boolean | undefined;
  let session: Session | undefined;

  const isDirty = (s: Session) => s.pushedDoc !== s.doc;

  function show(s: Session, next: SyncStatus): void {
    if (s === session) status.setState(next);
  }

  /** The status a linked session at rest has. */
  function showResting(s: Session): void {
    if (!s.link || signedIn === undefined) show(s, { kind: 'off' });
    else if (s.conflict) show(s, { kind: 'conflict' });
    else if (!signedIn) show(s, { kind: 'signed-out' });
    else show(s, isDirty(s) ? { kind: 'pending' } : { kind: 'saved' });
  }

  function persist(s: Session): void {
    if (s.link) saveLink(s.labelId, s.link).catch(() => undefined);
  }

  function clearTimer(s: Session): void {
    if (s.timer !== undefined) clearTimeout(s.timer);
    s.timer = undefined;
  }

  function schedule(s: Session): void {
    clearTimer(s);
    if (!s.link || s.conflict || !signedIn || !isDirty(s)) return showResting(s);
    show(s, { kind: 'pending' });
    s.timer = setTimeout(() => {
      s.timer = undefined;
      if (options.canPush && !options.canPush()) schedule(s);
      else void push(s);
    }, delayMs);
  }

  function showFailure(s: Session, e: unknown): void {
    if (e instanceof ApiRequestError && e.status === 409) {
      s.conflict = true;
      show(s, { kind: 'conflict' });
    } else if (e instanceof ApiRequestError && e.status === 0) show(s, { kind: 'offline' });
    else if (e instanceof ApiRequestError && e.status === 401) show(s, { kind: 'signed-out' });
    else show(s, { kind: 'failed', message: describeFailure(e) });
  }

  async function sendOnce(s: Session, link: TemplateLink): Promise<void> {
    const doc = s.doc;
    const name = doc.name?.trim();
    show(s, { kind: 'saving' });
    try {
      const { template } = await api.request<TemplateAnswer>('PUT', `/api/templates/${encodeURIComponent(link.templateId)}`, {
        version: link.version, document: doc, ...(name ? { name } : {}),
      });
      s.pushedDoc = doc;
      s.link = { templateId: link.templateId, version: template.version, pending: s.doc !== doc };
      persist(s);
      schedule(s);
    } catch (e) {
      showFailure(s, e);
    }
  }

  /** One PUT at a time per label; an edit made meanwhile is sent after it. */
  function push(s: Session): Promise<void> {
    if (s.pushing) {
      s.again = true;
      return s.pushing;
    }
    const link = s.link;
    if (!link || s.conflict || !signedIn || !isDirty(s)) return Promise.resolve();
    clearTimer(s);
    s.pushing = sendOnce(s, link).finally(() => {
      s.pushing = undefined;
      if (s.again) {
        s.again = false;
        schedule(s);
      }
    });
    return s.pushing;
  }

  function markPending(s: Session): void {
    if (s.link && !s.link.pending) {
      s.link = { ...s.link, pending: true };
      persist(s);
    }
  }

  return {
    status,
    openLabelId: () => session?.labelId,
    open(labelId, doc) {
      const previous = session;
      if (previous?.timer !== undefined) {
        // Leaving a label with edits waiting: send them now rather than drop them.
        clearTimer(previous);
        void push(previous);
      }
      session = { labelId, openedDoc: doc, link: undefined, doc, pushedDoc: doc, conflict: false, timer: undefined, pushing: undefined, again: false };
      showResting(session);
    },
    link(labelId, link, syncedDoc) {
      const s = session;
      if (!s || s.labelId !== labelId) return;
      s.link = link;
      s.conflict = false;
      s.pushedDoc = syncedDoc === undefined || isSameDocument(syncedDoc, s.doc) ? s.doc : syncedDoc;
      if (isDirty(s)) markPending(s);
      schedule(s);
    },
    restoreLink(labelId, link) {
      const s = session;
      if (!s || s.labelId !== labelId || s.link) return;
      s.link = link;
      s.pushedDoc = link.pending ? undefined : s.openedDoc;
      if (isDirty(s)) markPending(s);
      schedule(s);
    },
    edit(doc) {
      const s = session;
      if (!s || doc === s.doc) return;
      s.doc = doc;
      if (!s.link) return;
      markPending(s);
      if (s.conflict) return;
      schedule(s);
    },
    setSignedIn(next) {
      signedIn = next;
      if (!session) return;
      if (next) schedule(session);
      else {
        clearTimer(session);
        showResting(session);
      }
    },
    async retry() {
      if (session) await push(session);
    },
    async keepMine() {
      const s = session;
      if (!s?.link) return;
      show(s, { kind: 'saving' });
      try {
        const { template } = await api.request<TemplateAnswer>('GET', `/api/templates/${encodeURIComponent(s.link.templateId)}`);
        s.link = { templateId: s.link.templateId, version: template.version, pending: true };
        s.conflict = false;
        s.pushedDoc = undefined;
      } catch (e) {
        showFailure(s, e);
        return;
      }
      await push(s);
    },
    async loadTheirs(apply) {
      const s = session;
      if (!s?.link) return;
      show(s, { kind: 'saving' });
      try {
        const { template } = await api.request<TemplateAnswer>('GET', `/api/templates/${encodeURIComponent(s.link.templateId)}`);
        // Another label was opened meanwhile: theirs is not for it.
        if (s !== session) return;
        clearTimer(s);
        const doc = apply(template.document);
        s.doc = doc;
        s.pushedDoc = doc;
        s.conflict = false;
        s.link = { templateId: s.link.templateId, version: template.version, pending: false };
        persist(s);
        showResting(s);
      } catch (e) {
        showFailure(s, e);
      }
    },
    stop() {
      if (session) clearTimer(session);
      session = undefined;
    },
  };
}
