import { encodePng1 } from '@inkless/label/output';
import { useEffect, useMemo } from 'react';
import { buildMergedRow } from '../../merge/column-mapping';
import { createLabelRenderer, startBatchClock } from '../../merge/label-renderer';
import { listPrintRows, type MergeState } from '../../merge/merge-state';
import { useT } from '../../i18n/i18n';
import { useEditorState, useStudio } from '../use-studio';

/**
 * The selected row's label drawn by the engine, as its first copy prints in this merge (its
 * place in the batch sets serial numbers): what you see is what prints.
 */
export function RowPreview({ merge }: { readonly merge: MergeState }) {
  const t = useT();
  const { fonts } = useStudio();
  const doc = useEditorState((s) => s.doc);
  const current = merge.table?.rows[merge.currentIndex];
  const url = useMemo(() => {
    if (!current) return undefined;
    const index = Math.max(0, listPrintRows(merge).findIndex((r) => r.rowNumber === current.rowNumber));
    const drawn = createLabelRenderer(doc, fonts, startBatchClock())(buildMergedRow(current.values, merge.mapping), index);
    if (!drawn.ok) return undefined;
    return URL.createObjectURL(new Blob([encodePng1(drawn.value.bitmap, { dpi: doc.label.dpi }) as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
  }, [doc, fonts, merge, current]);
  useEffect(() => () => { if (url) URL.revokeObjectURL(url); }, [url]);
  if (!current) return null;
  return (
    <figure className="merge-preview" data-testid="merge-preview">
      <figcaption>{t('merge.previewTitle', { row: current.rowNumber })}</figcaption>
      {url && <img src={url} alt={t('merge.previewAlt', { row: current.rowNumber })} />}
    </figure>
  );
}
