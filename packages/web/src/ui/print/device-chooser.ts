import { t } from '../../i18n/i18n';

/** The name of the DOMException the device choosers reject with when closed without a pick. */
const CHOOSER_DISMISSED = 'NotFoundError';

/** A device chooser that gave no device, in plain words (codes in web-error-codes.ts). */
export class DeviceChooserError extends Error {
  constructor(readonly code: 'INKLESS_WEB_PRINTER_NOT_CHOSEN' | 'INKLESS_WEB_PRINTER_REFUSED', message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DeviceChooserError';
  }
}

/**
 * Runs the browser's device chooser (WebUSB, Web Serial, Web Bluetooth) and turns its refusals
 * into plain words: closing it without a pick is "no printer was chosen", never the DOM's own
 * "No device selected."; any other DOMException (no permission, a page not allowed to ask) says
 * the browser refused. Other errors pass through unchanged.
 */
export async function chooseDevice<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (e) {
    if (!(e instanceof DOMException)) throw e;
    if (e.name === CHOOSER_DISMISSED) throw new DeviceChooserError('INKLESS_WEB_PRINTER_NOT_CHOSEN', t('print.notChosen'), { cause: e });
    throw new DeviceChooserError('INKLESS_WEB_PRINTER_REFUSED', t('print.chooserRefused'), { cause: e });
  }
}
