import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { ScanDialog } from './ScanDialog';

/**
 * "Scan" next to a value: opens the camera and puts the barcode it reads into the value. `field`
 * names the value for screen readers ("Scan a barcode into sku").
 */
export function ScanButton({ field, onScanned }: { readonly field: string; readonly onScanned: (text: string) => void }) {
  const t = useT();
  const [scanning, setScanning] = useState(false);
  return (
    <>
      <button type="button" className="scan-button" data-scan-field={field} aria-label={t('scan.buttonFor', { field })}
        onClick={() => setScanning(true)}>
        <span aria-hidden="true">⌸ </span>{t('scan.button')}
      </button>
      {scanning && <ScanDialog onScanned={onScanned} onClose={() => setScanning(false)} />}
    </>
  );
}
