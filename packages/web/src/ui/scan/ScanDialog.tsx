import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/i18n';
import type { PhoneMessageKey } from '../../i18n/en-phone';
import { useBarcodeScan, type ScanPhase } from './use-barcode-scan';
import './scan.css';

/** The words for each way a scan can stop. */
const PROBLEM_MESSAGES: Readonly<Record<Extract<ScanPhase, { kind: 'failed' }>['problem']['code'], PhoneMessageKey>> = {
  INKLESS_WEB_CAMERA_DENIED: 'scan.denied',
  INKLESS_WEB_CAMERA_MISSING: 'scan.noCamera',
  INKLESS_WEB_CAMERA_BUSY: 'scan.cameraBusy',
  INKLESS_WEB_CAMERA_UNSUPPORTED: 'scan.unsupported',
  INKLESS_WEB_SCANNER_UNAVAILABLE: 'scan.decoderFailed',
};

/**
 * The camera's picture in a modal dialog while a barcode is looked for; the first one read is
 * handed to `onScanned` and the dialog closes. Cancel (or Escape) closes it; either way the
 * camera is turned off.
 */
export function ScanDialog({ onScanned, onClose }: { readonly onScanned: (text: string) => void; readonly onClose: () => void }) {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const phase = useBarcodeScan(videoRef, (text) => {
    onScanned(text);
    onClose();
  });
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const problem = phase.kind === 'failed' ? phase.problem : undefined;
  return (
    <dialog ref={dialogRef} className="scan-dialog" aria-labelledby="scan-title" data-scan-phase={phase.kind}
      onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id="scan-title">{t('scan.title')}</h2>
      <video ref={videoRef} className="scan-video" muted playsInline hidden={problem !== undefined} />
      {problem
        ? <p className="field-error" role="alert" data-testid="scan-problem" data-code={problem.code}>{t(PROBLEM_MESSAGES[problem.code], { message: 'message' in problem ? problem.message : '' })}</p>
        : <p className="muted" role="status">{t(phase.kind === 'starting' ? 'scan.starting' : 'scan.looking')}</p>}
      <button type="button" onClick={onClose}>{t('scan.cancel')}</button>
    </dialog>
  );
}
