import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { MAX_IMAGE_SIDE_PX, readImageFile } from '../../studio/image-file';
import { CheckboxField } from '../fields/CheckboxField';
import { RangeField } from '../fields/RangeField';
import { SelectField } from '../fields/SelectField';
import { readField, type KindEditorProps } from './kind-editor';

const FITS = ['contain', 'cover', 'stretch'] as const;
const DITHERS = ['floyd-steinberg', 'atkinson', 'ordered', 'threshold'] as const;

/**
 * Pictures: the file (read in the browser, never uploaded), how it fits its box, and how grey
 * becomes dots. Every change redraws the canvas with the engine's dithering: the preview is live.
 */
export function ImageProperties({ element, update }: KindEditorProps) {
  const t = useT();
  const [problem, setProblem] = useState<string | undefined>();
  const choose = async (file: File | undefined) => {
    if (!file) return;
    try {
      setProblem(update({ src: await readImageFile(file) }));
    } catch (e) {
      setProblem(t('props.imageFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <>
      <div className="field">
        <label className="file-button">
          {t('props.chooseImage')}
          <input type="file" accept="image/png,image/jpeg,image/webp,image/gif,image/bmp" onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
        <p className="field-hint">{t('props.imageHint', { maxPx: MAX_IMAGE_SIDE_PX })}</p>
        {problem && <p className="field-error" role="alert">{problem}</p>}
      </div>
      <div className="field-row">
        <SelectField label={t('props.fit')} value={readField<(typeof FITS)[number]>(element, 'fit')}
          options={FITS.map((f) => ({ value: f, label: t(`option.${f}`) }))} onChange={(fit) => update({ fit })} />
        <SelectField label={t('props.dither')} value={readField<(typeof DITHERS)[number]>(element, 'dither')}
          options={DITHERS.map((d) => ({ value: d, label: t(`option.${d}`) }))} onChange={(dither) => update({ dither })} />
      </div>
      <RangeField label={t('props.threshold')} value={readField<number>(element, 'threshold')} min={0} max={255}
        onChange={(threshold, continuing) => update({ threshold }, continuing)} />
      <RangeField label={t('props.brightness')} value={readField<number>(element, 'brightness')} min={-100} max={100}
        onChange={(brightness, continuing) => update({ brightness }, continuing)} />
      <RangeField label={t('props.contrast')} value={readField<number>(element, 'contrast')} min={-100} max={100}
        onChange={(contrast, continuing) => update({ contrast }, continuing)} />
      <CheckboxField label={t('props.invert')} checked={readField<boolean>(element, 'invert')} onChange={(invert) => update({ invert })} />
    </>
  );
}
