import { useT } from '../../i18n/i18n';
import { applyDocumentChange } from '../../studio/document-edit';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { useEditorState, useStudio, useStudioState } from '../use-studio';
import { PrinterPicker } from './PrinterPicker';
import { StockPicker } from './StockPicker';

const DPIS = ['203', '300', '600'] as const;
const ORIENTATIONS = ['0', '90', '180', '270'] as const;
const MEDIA = ['gap', 'mark', 'continuous'] as const;

/** The label as a piece of media: stock preset or custom size, resolution, orientation, media, printer. */
export function LabelSetupPanel() {
  const t = useT();
  const { editor } = useStudio();
  const label = useEditorState((s) => s.doc.label);
  const labelId = useStudioState((s) => s.labelId);
  /** Changes label setup fields; a typed size no longer is the preset it came from. */
  const change = (patch: Readonly<Record<string, unknown>>, continuing = false) =>
    applyDocumentChange(editor, (doc) => {
      const { stock: _stock, ...rest } = doc.label;
      const keepsStock = !('widthMm' in patch || 'heightMm' in patch);
      return { ...doc, label: { ...(keepsStock ? doc.label : rest), ...patch } };
    }, continuing);
  const media = (patch: Readonly<Record<string, unknown>>, continuing = false) => change({ media: { ...label.media, ...patch } }, continuing);
  return (
    <section className="panel" aria-labelledby="setup-title">
      <h2 id="setup-title">{t('setup.title')}</h2>
      {/* A fresh picker per label: a search typed for one label does not stay open over the next. */}
      <StockPicker key={labelId} />
      <fieldset>
        <legend>{t('setup.custom')}</legend>
        <div className="field-row">
          <NumberField label={t('setup.width')} value={label.widthMm} min={1} step={1} onChange={(widthMm, c) => change({ widthMm }, c)} />
          <NumberField label={t('setup.height')} value={label.heightMm} min={1} step={1} onChange={(heightMm, c) => change({ heightMm }, c)} />
        </div>
      </fieldset>
      <div className="field-row">
        <SelectField label={t('setup.dpi')} value={String(label.dpi) as (typeof DPIS)[number]} options={DPIS.map((d) => ({ value: d, label: `${d} dpi` }))}
          onChange={(dpi) => change({ dpi: Number(dpi) })} />
        <SelectField label={t('setup.orientation')} value={String(label.orientation) as (typeof ORIENTATIONS)[number]}
          options={ORIENTATIONS.map((o) => ({ value: o, label: `${o}°` }))} onChange={(o) => change({ orientation: Number(o) })} />
      </div>
      <SelectField label={t('setup.media')} value={label.media.type} options={MEDIA.map((m) => ({ value: m, label: t(`option.${m}`) }))}
        onChange={(type) => media({ type })} />
      {label.media.type === 'gap' && <NumberField label={t('setup.gap')} value={label.media.gapMm} min={0} onChange={(gapMm, c) => media({ gapMm }, c)} />}
      {label.media.type === 'mark' && <NumberField label={t('setup.mark')} value={label.media.markMm} min={0} onChange={(markMm, c) => media({ markMm }, c)} />}
      <PrinterPicker />
    </section>
  );
}
