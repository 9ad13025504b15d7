import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadBundledFontSet, addUiFontFace } from './fonts/load-fonts';
import { languageStore, t } from './i18n/i18n';
import { startAutosave } from './storage/autosave';
import { installShortcuts } from './studio/keyboard';
import { createStudio } from './studio/studio';
import { exposeForTests } from './studio/test-hook';
import { registerServiceWorker } from './sw/register-service-worker';
import { App } from './ui/App';

/**
 * Starts the studio: the engine's fonts (from this browser's cache after the first visit), the
 * label opened last, then the UI. No account and no network beyond this site: labels stay in
 * this browser (IndexedDB) and, once loaded, the studio works offline.
 */
async function start(): Promise<void> {
  document.documentElement.lang = languageStore.getState();
  const root = createRoot(document.getElementById('root')!);
  root.render(<p className="boot" role="status">{t('app.loadingFonts')}</p>);
  try {
    const fonts = await loadBundledFontSet(undefined, addUiFontFace);
    const studio = await createStudio(fonts);
    exposeForTests(studio);
    startAutosave(studio.editor.store, studio.state);
    installShortcuts(studio.editor);
    root.render(
      <StrictMode>
        <App studio={studio} />
      </StrictMode>,
    );
    document.body.dataset.studio = 'ready';
  } catch (e) {
    root.render(<p className="boot boot-error" role="alert">{t('app.loadFailed', { message: e instanceof Error ? e.message : String(e) })}</p>);
  }
  const offline = await registerServiceWorker();
  if (offline) document.body.dataset.offline = 'ready';
}

void start();
