import { useT } from '../../i18n/i18n';
import type { Calibration } from '../../transports/printer-settings';

/** Per-printer calibration: x/y shift and density (kept in this browser), and a test pattern to judge them. */
export function CalibrationFields({ value, busy, onChange, onTestPattern }: { value: Calibration; busy: boolean; onChange: (next: Calibration) => void; onTestPattern: () => void }) {
  const t = useT();
  const num = (text: string, min: number, max: number) => Math.max(min, Math.min(max, Number(text) || 0));
  return (
    <details className="calibration">
      <summary>{t('print.calibration')}</summary>
      <label className="field"><span>{t('print.shiftX')}</span>
        <input type="number" step={0.1} min={-10} max={10} value={value.shiftXMm} onChange={(e) => onChange({ ...value, shiftXMm: num(e.target.value, -10, 10) })} /></label>
      <label className="field"><span>{t('print.shiftY')}</span>
        <input type="number" step={0.1} min={-10} max={10} value={value.shiftYMm} onChange={(e) => onChange({ ...value, shiftYMm: num(e.target.value, -10, 10) })} /></label>
      <label className="field"><span>{t('print.density')}</span>
        <input type="number" min={0} max={15} value={value.density ?? ''} placeholder={t('print.densityDefault')}
          onChange={(e) => onChange({ ...value, density: e.target.value === '' ? undefined : Math.round(num(e.target.value, 0, 15)) })} /></label>
      <button type="button" disabled={busy} onClick={onTestPattern}>{t('print.testPattern')}</button>
    </details>
  );
}
