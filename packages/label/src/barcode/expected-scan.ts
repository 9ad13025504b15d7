import type { ExpectedScan } from '../elements/element-kind';
import { computeCode39Check } from './check-digit';
import { formatGs1Hri, parseGs1 } from './gs1';
import type { BarcodeRequest } from './encode-barcode';
import { findSymbology } from './symbologies';
import { BWIP_IDS } from './bwip';
import { checkDigitKey, checkUpce, expandUpceToUpca } from './validate-retail';

/** AIM identifiers a GS1 symbol must carry: they are how a scanner knows FNC1 made it GS1. */
const GS1_IDENTIFIERS: Readonly<Record<string, string>> = { 'gs1-128': ']C1', gs1datamatrix: ']d2', gs1qrcode: ']Q3' };

/**
 * What a decoder reports for a valid barcode request: retail codes as 13 (or 8) digits with the
 * check digit, UPC as EAN-13 with a leading 0, GS1 in HRI form with parentheses.
 */
export function expectedScanText(request: BarcodeRequest): string {
  const { symbology, data } = request;
  const retail = (body: number) => {
    const r = checkDigitKey(symbology, data, body);
    return r.ok ? r.digits : data;
  };
  switch (symbology) {
    case 'ean13': return retail(12);
    case 'ean8': return retail(7);
    case 'upca': return `0${retail(11)}`;
    case 'itf14': return retail(13);
    case 'upce': {
      const r = checkUpce(data);
      return r.ok ? `0${expandUpceToUpca(r.digits.slice(0, 7))}${r.digits[7]}` : data;
    }
    case 'code39': return request.checkDigit ? data + computeCode39Check(data) : data;
    default: {
      const info = findSymbology(symbology, BWIP_IDS);
      if (info?.gs1 && data.startsWith('(')) {
        const parsed = parseGs1(data, '');
        return parsed.ok ? formatGs1Hri(parsed.elements) : data;
      }
      return data;
    }
  }
}

export function expectedScan(request: BarcodeRequest, moduleDots: number): ExpectedScan {
  const info = findSymbology(request.symbology, BWIP_IDS);
  const identifier = GS1_IDENTIFIERS[request.symbology];
  return { symbology: info?.label ?? request.symbology, text: expectedScanText(request), moduleDots, ...(identifier ? { symbologyIdentifier: identifier } : {}) };
}
