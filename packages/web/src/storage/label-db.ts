/** The browser database the studio keeps labels in. Nothing leaves the browser. */
const DB_NAME = 'inkless-studio';
const DB_VERSION = 1;
export const LABELS_STORE = 'labels';

let opened: Promise<IDBDatabase> | undefined;

/** Opens (and on first use creates) the studio's IndexedDB database, once per page. */
export function openLabelDb(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(LABELS_STORE)) db.createObjectStore(LABELS_STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB is not available'));
    request.onblocked = () => reject(new Error('another tab is upgrading the studio database; close it and reload'));
  });
  opened.catch(() => {
    opened = undefined;
  });
  return opened;
}

/** Runs one request in a transaction and resolves with its result once the transaction commits. */
export async function runRequest<T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openLabelDb();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(LABELS_STORE, mode);
    const request = use(tx.objectStore(LABELS_STORE));
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error ?? request.error ?? new Error('the database refused the change'));
    tx.onabort = () => reject(tx.error ?? new Error('the database transaction was aborted'));
  });
}

/**
 * Reads one record and writes what `change` makes of it, in one transaction (so a concurrent
 * write cannot slip in between). `change` returning undefined writes nothing.
 */
export async function updateRecord<T>(key: IDBValidKey, change: (stored: T | undefined) => T | undefined): Promise<void> {
  const db = await openLabelDb();
  return new Promise<void>((resolve, reject) => {
    const tx = db.transaction(LABELS_STORE, 'readwrite');
    const store = tx.objectStore(LABELS_STORE);
    const read = store.get(key);
    read.onsuccess = () => {
      const next = change(read.result as T | undefined);
      if (next !== undefined) store.put(next);
    };
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('the database refused the change'));
    tx.onabort = () => reject(tx.error ?? new Error('the database transaction was aborted'));
  });
}
