import type { LabelDocument } from '@inkless/label';
import { api } from '../api/api-client';
import { isToolIdle } from '../editor/editor-state';
import { createStore, type Store } from '../editor/store';
import { loadLocalLabel, saveLocalLabel, saveTemplateLink, type TemplateLink } from '../storage/local-labels';
import type { Studio } from '../studio/studio';
import { createTemplateSync, type SyncStatus, type TemplateSync } from './template-sync';

/** The header's sync line reads this; it exists before the sync starts (then it says nothing). */
export const syncStatusStore: Store<SyncStatus> = createStore<SyncStatus>({ kind: 'off' });

let active: { readonly sync: TemplateSync; readonly reconcile: () => void } | undefined;

/**
 * Starts syncing the studio's open label with its account template while `signedIn` says so.
 * Editor changes are looked at in a microtask: opening a label loads its document a moment
 * before the studio names the new label, and that document must not go to the old template.
 */
export function startStudioSync(studio: Studio, signedIn: () => boolean | undefined, watchAccount: (listener: () => void) => () => void): () => void {
  const sync = createTemplateSync({ api, saveLink: saveTemplateLink, status: syncStatusStore, canPush: () => isToolIdle(studio.editor.store.getState().tool) });
  let queued = false;

  const reconcile = () => {
    queued = false;
    const labelId = studio.state.getState().labelId;
    const doc = studio.editor.store.getState().doc;
    if (sync.openLabelId() === labelId) {
      sync.edit(doc);
      return;
    }
    sync.open(labelId, doc);
    loadLocalLabel(labelId)
      .then((label) => {
        if (label?.templateLink) sync.restoreLink(labelId, label.templateLink);
      })
      .catch(() => undefined);
  };
  const queue = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(reconcile);
  };

  reconcile();
  sync.setSignedIn(signedIn());
  const stops = [
    studio.editor.store.subscribe((state, previous) => {
      if (state.doc !== previous.doc) queue();
    }),
    studio.state.subscribe((state, previous) => {
      if (state.labelId !== previous.labelId) queue();
    }),
    watchAccount(() => sync.setSignedIn(signedIn())),
  ];
  const onOnline = () => void sync.retry();
  globalThis.addEventListener?.('online', onOnline);
  active = { sync, reconcile };
  return () => {
    for (const stop of stops) stop();
    globalThis.removeEventListener?.('online', onOnline);
    sync.stop();
    syncStatusStore.setState({ kind: 'off' });
    active = undefined;
  };
}

/**
 * Tells the sync that a label (if it is the open one) now mirrors a template. The link itself is
 * kept in this browser by the caller (saveLocalLabel / saveTemplateLink).
 */
export function linkLabel(labelId: string, link: TemplateLink, syncedDoc?: LabelDocument): void {
  if (!active) return;
  active.reconcile();
  active.sync.link(labelId, link, syncedDoc);
}

/** Conflict choice "keep mine": the server gets this browser's version. */
export function keepMyVersion(): Promise<void> {
  return active?.sync.keepMine() ?? Promise.resolve();
}

/** Conflict choice "load theirs": the editor gets the server's version. */
export function loadTheirVersion(apply: (document: unknown) => LabelDocument): Promise<void> {
  return active?.sync.loadTheirs(apply) ?? Promise.resolve();
}

/**
 * Links the label open in the studio to a template it was just loaded from (its document is
 * what the server has at `version`), and keeps it in this browser with the link.
 */
export async function linkOpenLabel(studio: Studio, templateId: string, version: number): Promise<void> {
  const link: TemplateLink = { templateId, version, pending: false };
  const { labelId, printerProfileId, sampleRow } = studio.state.getState();
  const doc = studio.editor.store.getState().doc;
  linkLabel(labelId, link, doc);
  await saveLocalLabel({ id: labelId, doc, printerProfileId, sampleRow, updatedAtMs: Date.now(), templateLink: link });
}
