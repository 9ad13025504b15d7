import { renderLabel } from '@inkless/label';
import { findProfile } from '@inkless/printers';
import { useState, useSyncExternalStore } from 'react';
import { outputFormats, type OutputFormat } from '../downloads/output-formats';
import { saveFile, toFileName } from '../downloads/save-file';
import { useT } from '../i18n/i18n';
import { issuesInWords } from '../studio/issue-text';
import { buildDesignInstance } from '../studio/sample-row';
import type { Studio } from '../studio/studio';
import { mergeScreenStore } from './merge/merge-screen-store';
import { mergeStore } from './merge/merge-store';
import { useDismissableMenu } from './use-dismissable-menu';
import { useEditorState, useStudio, useStudioState } from './use-studio';

/**
 * Renders the open label with the engine (orientation applied, sample data and the current time
 * filled in) and encodes it: the same bytes the server and `inkless print` would produce.
 */
function buildDownload(studio: Studio, format: OutputFormat): { bytes: Uint8Array } | { problem: string } {
  const doc = studio.editor.store.getState().doc;
  const { sampleRow, printerProfileId } = studio.state.getState();
  const instance = { ...buildDesignInstance(doc, sampleRow, -new Date().getTimezoneOffset()), nowMs: Date.now() };
  const rendered = renderLabel(doc, { fonts: studio.fonts }, instance);
  if (!rendered.ok) return { problem: issuesInWords(rendered.issues, doc) };
  const encoded = format.encode(rendered.value.bitmap, doc.label, printerProfileId);
  return 'issues' in encoded ? { problem: issuesInWords(encoded.issues, doc) } : encoded;
}

/**
 * PNG, PDF and a file per printer language, made in the browser; a format the label cannot take
 * says why. With merged data, one more item opens the merge screen, which downloads every row.
 */
export function DownloadMenu() {
  const t = useT();
  const studio = useStudio();
  const label = useEditorState((s) => s.doc.label);
  const name = useEditorState((s) => s.doc.name);
  const profileId = useStudioState((s) => s.printerProfileId);
  const [problem, setProblem] = useState<string | undefined>();
  const menu = useDismissableMenu();
  const profile = findProfile(profileId);
  const merged = useSyncExternalStore(mergeStore.subscribe, () => mergeStore.getState().table !== undefined);
  const download = (format: OutputFormat) => {
    const result = buildDownload(studio, format);
    if ('problem' in result) return setProblem(t('download.failed', { format: format.id.toUpperCase(), message: result.problem }));
    setProblem(undefined);
    saveFile(result.bytes, toFileName(name, format.extension), format.mimeType);
  };
  return (
    <details ref={menu} className="menu download-menu">
      <summary>{t('download.title')}</summary>
      <div className="menu-body" role="group" aria-label={t('download.title')}>
        {outputFormats.map((format) => {
          const misfit = format.check(label, profileId);
          const forProfile = profile?.language === format.id ? ` — ${t('download.forProfile', { printer: profile.name })}` : '';
          return (
            <div key={format.id} className="menu-item">
              <button type="button" data-format={format.id} disabled={misfit.length > 0} onClick={() => download(format)}
                aria-describedby={misfit.length > 0 ? `misfit-${format.id}` : undefined}>
                {t(`download.${format.id}`)}{forProfile}
              </button>
              {misfit.length > 0 && <p id={`misfit-${format.id}`} className="field-hint">{issuesInWords(misfit, undefined)}</p>}
            </div>
          );
        })}
        {merged && (
          <div className="menu-item">
            <button type="button" data-testid="download-merged" onClick={() => { if (menu.current) menu.current.open = false; mergeScreenStore.setState(true); }}>{t('download.allRows')}</button>
          </div>
        )}
        {problem && <p className="field-error" role="alert">{problem}</p>}
      </div>
    </details>
  );
}
