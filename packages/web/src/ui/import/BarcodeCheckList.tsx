import type { BarcodeCheck, FoundSymbol } from '@inkless/import';
import { useT } from '../../i18n/i18n';

const shorten = (text: string) => (text.length > 48 ? `${text.slice(0, 48)}…` : text);

/**
 * Every symbol read on the page and whether it reads the same on the 1-bit label: a lost or
 * changed one is shown in red, and the label is not used (so not printed) unless the user ticks
 * "print anyway".
 */
export function BarcodeCheckList({ check, printAnyway, onPrintAnyway }: { readonly check: BarcodeCheck; readonly printAnyway: boolean; readonly onPrintAnyway: (on: boolean) => void }) {
  const t = useT();
  const changedAs = new Map<FoundSymbol, FoundSymbol>(check.changed.map((c) => [c.before, c.after]));
  const lost = new Set(check.lost);
  const bad = check.lost.length + check.changed.length;
  return (
    <section className="import-barcodes" aria-labelledby="import-barcodes-title" data-testid="import-barcodes" data-ok={String(check.ok)}>
      <h3 id="import-barcodes-title">{t('import.barcodesTitle')}</h3>
      {check.before.length === 0 && <p>{t('import.barcodesNone')}</p>}
      {check.before.length > 0 && (
        <p className={check.ok ? 'import-check-ok' : 'import-check-bad'} role={check.ok ? undefined : 'alert'} data-testid="import-barcodes-summary">
          {check.ok ? t('import.barcodesOk', { count: check.before.length }) : t('import.barcodesBad', { count: bad })}
        </p>
      )}
      <ul>
        {check.before.map((symbol, i) => {
          const after = changedAs.get(symbol);
          const state = lost.has(symbol) ? 'lost' : after ? 'changed' : 'ok';
          return (
            <li key={i} data-check={state} className={`import-check-${state === 'ok' ? 'ok' : 'bad'}`}>
              <span className="import-symbol">{symbol.format} “{shorten(symbol.text)}”</span>{' '}
              <span>{state === 'ok' ? t('import.barcodeOk') : state === 'lost' ? t('import.barcodeLost') : t('import.barcodeChanged', { text: `“${shorten(after!.text)}”` })}</span>
            </li>
          );
        })}
      </ul>
      {!check.ok && (
        <>
          <p>{t('import.barcodeHint')}</p>
          <label className="import-print-anyway">
            <input type="checkbox" data-testid="import-print-anyway" checked={printAnyway} onChange={(e) => onPrintAnyway(e.target.checked)} />
            {t('import.printAnyway')}
          </label>
        </>
      )}
    </section>
  );
}
