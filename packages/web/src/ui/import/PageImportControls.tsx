import type { Fit, PageRegion, Rotation } from '@inkless/import';
import { printerProfiles } from '@inkless/printers';
import { useId } from 'react';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/en';
import type { ImportOptions } from '../../import/import-session';
import { importStocks } from '../../import/import-stock';
import { parseRegionChoiceId, regionChoiceId } from '../../import/region-choice';

const ROTATIONS: readonly Rotation[] = [0, 90, 180, 270];
const FITS: readonly Fit[] = ['fit', 'fill', 'actual'];
const FIXED_REGIONS = ['whole', 'half-0', 'half-1', 'quarter-0', 'quarter-1', 'quarter-2', 'quarter-3'] as const;
const FIXED_REGION_KEYS: Record<(typeof FIXED_REGIONS)[number], MessageKey> = {
  'whole': 'import.regionWhole', 'half-0': 'import.regionHalf0', 'half-1': 'import.regionHalf1',
  'quarter-0': 'import.regionQuarter0', 'quarter-1': 'import.regionQuarter1', 'quarter-2': 'import.regionQuarter2', 'quarter-3': 'import.regionQuarter3',
};

/** One labelled select; `value`s are strings, as the DOM gives them back. */
function Choice({ label, value, testId, options, onChange }: { readonly label: string; readonly value: string; readonly testId: string; readonly options: readonly (readonly [string, string])[]; readonly onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} data-testid={testId} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
}

/** Printer, stock, page, part of the page, turn and size: every choice makes the label again. */
export function PageImportControls({ options, pageCount, regions, onChange }: { readonly options: ImportOptions; readonly pageCount: number; readonly regions: readonly PageRegion[]; readonly onChange: (patch: Partial<ImportOptions>) => void }) {
  const t = useT();
  const regionOptions: [string, string][] = [
    ...regions.map((r, i): [string, string] => [`found-${i}`, t('import.regionFound', { number: i + 1, how: t(`import.found.${r.found}` as MessageKey) })]),
    ...FIXED_REGIONS.map((id): [string, string] => [id, t(FIXED_REGION_KEYS[id])]),
    ...(options.region.kind === 'drawn' ? [['drawn', t('import.regionDrawn')] as [string, string]] : []),
  ];
  return (
    <div className="import-controls">
      <Choice label={t('import.printer')} value={options.profileId} testId="import-printer" options={printerProfiles.map((p) => [p.id, p.name])} onChange={(profileId) => onChange({ profileId })} />
      <Choice label={t('import.stock')} value={options.stockId} testId="import-stock" options={importStocks.map((s) => [s.id, s.name])} onChange={(stockId) => onChange({ stockId })} />
      {pageCount > 1 && (
        <Choice label={t('import.page')} value={String(options.pageIndex)} testId="import-page" options={Array.from({ length: pageCount }, (_, i) => [String(i), t('import.pageOf', { page: i + 1, count: pageCount })])} onChange={(v) => onChange({ pageIndex: Number(v), region: { kind: 'found', index: 0 } })} />
      )}
      <Choice label={t('import.region')} value={regionChoiceId(options.region)} testId="import-region" options={regionOptions} onChange={(v) => { const region = parseRegionChoiceId(v); if (region) onChange({ region }); }} />
      <Choice label={t('import.rotate')} value={String(options.rotate)} testId="import-rotate" options={[['auto', t('import.rotateAuto')], ...ROTATIONS.map((r): [string, string] => [String(r), t('import.rotateDegrees', { degrees: r })])]} onChange={(v) => onChange({ rotate: v === 'auto' ? 'auto' : (Number(v) as Rotation) })} />
      <Choice label={t('import.fit')} value={options.fit} testId="import-fit" options={FITS.map((f) => [f, t(`import.fit.${f}`)])} onChange={(v) => onChange({ fit: v as Fit })} />
      <p className="import-hint">{t('import.drawHint')}</p>
    </div>
  );
}
