/**
 * Starters designed here (the others are the files in examples/). Plain label documents in the
 * CLI's JSON format, every data field a `{{name}}` with a sample value in the catalog.
 */

const text = (xMm: number, yMm: number, widthMm: number, heightMm: number, value: string, fontSizePt: number, extra: Record<string, unknown> = {}) => ({
  type: 'text', xMm, yMm, widthMm, heightMm, text: value, fontSizePt, wrap: false, shrinkToFit: true, ...extra,
});

export const wifiQrDesign = {
  schemaVersion: 2,
  name: 'Wi-Fi QR sticker',
  label: { widthMm: 50, heightMm: 50, dpi: 203, media: { type: 'gap', gapMm: 2 } },
  elements: [
    text(2, 2, 46, 5, 'Scan to join the Wi-Fi', 9, { bold: true, align: 'center' }),
    { id: 'wifi-qr', type: 'barcode', xMm: 10, yMm: 8, widthMm: 30, heightMm: 30, symbology: 'qrcode', data: 'WIFI:T:WPA;S:{{network}};P:{{password}};;' },
    text(2, 39.5, 46, 4.5, 'Network: {{network}}', 8, { align: 'center' }),
    text(2, 44, 46, 4.5, 'Password: {{password}}', 8, { align: 'center' }),
  ],
};

export const fileFolderDesign = {
  schemaVersion: 2,
  name: 'File folder label',
  label: { widthMm: 76.2, heightMm: 25.4, dpi: 203, media: { type: 'gap', gapMm: 2 } },
  elements: [
    { type: 'rect', xMm: 0.5, yMm: 0.5, widthMm: 75.2, heightMm: 24.4, strokeMm: 0.3, cornerRadiusMm: 1.5 },
    text(3, 2.5, 70, 10, '{{title}}', 18, { bold: true }),
    { type: 'line', xMm: 3, yMm: 14, widthMm: 70, heightMm: 0.3, thicknessMm: 0.3 },
    text(3, 16, 45, 6.5, '{{period}}', 10),
    text(48, 16, 25, 6.5, '{{code}}', 10, { align: 'right', bold: true }),
  ],
};

export const storageBinDesign = {
  schemaVersion: 2,
  name: 'Storage bin label',
  label: { widthMm: 100, heightMm: 50, dpi: 203, media: { type: 'gap', gapMm: 3 } },
  elements: [
    text(3, 3, 94, 14, '{{contents}}', 28, { bold: true }),
    text(3, 18, 60, 7, 'Shelf {{location}}', 12),
    { id: 'bin-code', type: 'barcode', xMm: 3, yMm: 27, widthMm: 60, heightMm: 20, symbology: 'code128', data: '{{binCode}}', showText: true },
    { id: 'bin-qr', type: 'barcode', xMm: 72, yMm: 22, widthMm: 25, heightMm: 25, symbology: 'qrcode', data: '{{binCode}}' },
  ],
};

export const cableFlagDesign = {
  schemaVersion: 2,
  name: 'Cable flag',
  label: { widthMm: 60, heightMm: 20, dpi: 203, media: { type: 'gap', gapMm: 2 } },
  elements: [
    // Two halves that meet when the flag is folded round the cable; the middle 10 mm wraps it.
    text(1, 2, 23, 9, '{{from}}', 12, { bold: true, align: 'center', verticalAlign: 'middle' }),
    text(1, 11, 23, 7, '{{to}}', 8, { align: 'center' }),
    { type: 'line', xMm: 29.9, yMm: 1, widthMm: 0.2, heightMm: 18, direction: 'vertical', thicknessMm: 0.2 },
    text(36, 2, 23, 9, '{{from}}', 12, { bold: true, align: 'center', verticalAlign: 'middle' }),
    text(36, 11, 23, 7, '{{to}}', 8, { align: 'center' }),
  ],
};

export const jarDesign = {
  schemaVersion: 2,
  name: 'Jar label',
  label: { widthMm: 60, heightMm: 40, dpi: 203, media: { type: 'gap', gapMm: 2 } },
  elements: [
    { type: 'ellipse', xMm: 1, yMm: 1, widthMm: 58, heightMm: 38, strokeMm: 0.5 },
    text(8, 8, 44, 12, '{{contents}}', 20, { bold: true, align: 'center', verticalAlign: 'middle' }),
    text(8, 21, 44, 6, '{{ingredients}}', 8, { align: 'center' }),
    text(8, 28, 44, 5, 'Made {{made}}', 8, { align: 'center' }),
  ],
};

export const nameBadgeDesign = {
  schemaVersion: 2,
  name: 'Name badge',
  label: { widthMm: 100, heightMm: 70, dpi: 203, media: { type: 'gap', gapMm: 3 } },
  elements: [
    text(0, 0, 100, 14, 'HELLO, MY NAME IS', 16, { bold: true, align: 'center', verticalAlign: 'middle', inverse: true }),
    text(4, 20, 92, 22, '{{name}}', 40, { bold: true, align: 'center', verticalAlign: 'middle' }),
    text(4, 45, 92, 8, '{{role}}', 14, { align: 'center' }),
    text(4, 56, 92, 8, '{{company}}', 12, { align: 'center' }),
  ],
};
