import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { exposeImportForTests, importStore } from '../../import/import-store';

// The screen (and with it the import engine, PDFium and ZXing) loads when a file is imported.
const ImportScreen = lazy(() => import('./ImportScreen'));

/** Shows the import screen while a PDF, picture or ZPL file is being imported. */
export function ImportHost() {
  const active = useSyncExternalStore(importStore.subscribe, importStore.getState);
  useEffect(exposeImportForTests, []);
  if (!active) return null;
  return (
    <Suspense fallback={null}>
      <ImportScreen active={active} />
    </Suspense>
  );
}
