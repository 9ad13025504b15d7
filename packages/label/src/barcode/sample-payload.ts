import { computeGs1CheckDigit } from './check-digit';
import { expandUpceToUpca } from './validate-retail';

/** A GS1 digit key: the body followed by its mod-10 check digit. */
function withGs1Check(body: string): string {
  return body + computeGs1CheckDigit(body);
}

/** A GTIN-14 in GS1 element-string form, for the GS1 symbologies. */
const GS1_ELEMENT_STRING = `(01)${withGs1Check('0950110153000')}`;

/** What a symbology may show when no data is loaded yet: URLs for the matrix codes people scan with phones. */
const TEXT_SAMPLE = 'https://example.com';

/**
 * A payload each first-class symbology encodes, built with the same check-digit code the
 * validators use (so a rule lives in one place). Symbologies not listed get `GENERIC_SAMPLE`.
 */
const SAMPLES: Readonly<Record<string, () => string>> = {
  code128: () => 'INKLESS-0001',
  'gs1-128': () => GS1_ELEMENT_STRING,
  code39: () => 'INKLESS-1',
  code93: () => 'INKLESS-1',
  ean13: () => withGs1Check('400638133393'),
  ean8: () => withGs1Check('9638507'),
  upca: () => withGs1Check('03600029145'),
  upce: () => '0123456' + computeGs1CheckDigit(expandUpceToUpca('0123456')),
  itf14: () => withGs1Check('1540014128876'),
  codabar: () => 'A40156B',
  qrcode: () => TEXT_SAMPLE,
  gs1qrcode: () => GS1_ELEMENT_STRING,
  datamatrix: () => TEXT_SAMPLE,
  gs1datamatrix: () => GS1_ELEMENT_STRING,
  pdf417: () => TEXT_SAMPLE,
  azteccode: () => TEXT_SAMPLE,
  maxicode: () => 'INKLESS SAMPLE',
};

/** Digits most other symbologies accept (interleaved 2 of 5 needs an even count). */
export const GENERIC_SAMPLE = '12345678';

/**
 * Data a barcode of this symbology can show while the real data is not loaded: an EAN-13 gets
 * 13 digits with a correct check digit, a UPC-A 12, a QR code a URL. The studio previews a
 * `{{ean}}` barcode with it, so the barcode never vanishes for want of data.
 *
 * @example sampleBarcodePayload('ean13') // '4006381333931'
 */
export function sampleBarcodePayload(symbology: string): string {
  return SAMPLES[symbology]?.() ?? GENERIC_SAMPLE;
}
