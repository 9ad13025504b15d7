/**
 * The engine's first-class symbologies (validated with clear messages and scan-tested), for the
 * symbology picker. Mirrors FIRST_CLASS_SYMBOLOGIES of @inkless/label, which its public surface
 * does not export yet; symbologies.test.ts fails if the engine stops accepting any of these ids.
 */
export const symbologyChoices: readonly { readonly id: string; readonly label: string; readonly dimension: 1 | 2 }[] = [
  { id: 'code128', label: 'Code 128', dimension: 1 },
  { id: 'gs1-128', label: 'GS1-128', dimension: 1 },
  { id: 'code39', label: 'Code 39', dimension: 1 },
  { id: 'code93', label: 'Code 93', dimension: 1 },
  { id: 'ean13', label: 'EAN-13', dimension: 1 },
  { id: 'ean8', label: 'EAN-8', dimension: 1 },
  { id: 'upca', label: 'UPC-A', dimension: 1 },
  { id: 'upce', label: 'UPC-E', dimension: 1 },
  { id: 'itf14', label: 'ITF-14', dimension: 1 },
  { id: 'codabar', label: 'Codabar', dimension: 1 },
  { id: 'qrcode', label: 'QR Code', dimension: 2 },
  { id: 'gs1qrcode', label: 'GS1 QR Code', dimension: 2 },
  { id: 'datamatrix', label: 'Data Matrix', dimension: 2 },
  { id: 'gs1datamatrix', label: 'GS1 DataMatrix', dimension: 2 },
  { id: 'pdf417', label: 'PDF417', dimension: 2 },
  { id: 'azteccode', label: 'Aztec Code', dimension: 2 },
  { id: 'maxicode', label: 'MaxiCode', dimension: 2 },
];

/** Symbologies with QR error correction levels. */
export const QR_SYMBOLOGIES: ReadonlySet<string> = new Set(['qrcode', 'gs1qrcode']);

/** Whether the symbology draws human-readable text by default (linear ones do). */
export function showsTextByDefault(symbology: string): boolean {
  return (symbologyChoices.find((s) => s.id === symbology)?.dimension ?? 1) === 1;
}
