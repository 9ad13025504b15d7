import addressExample from '../../../../examples/address-avery-l7160.json';
import assetTagExample from '../../../../examples/asset-tag-40x30.json';
import cjkExample from '../../../../examples/cjk-label.json';
import foodExample from '../../../../examples/food-label-best-before.json';
import gs1CartonExample from '../../../../examples/gs1-128-carton.json';
import imageExample from '../../../../examples/image-label-dithered.json';
import priceTagExample from '../../../../examples/price-tag-ean13.json';
import shippingExample from '../../../../examples/shipping-4x6.json';
import { scaleDocument } from './scale-document';
import type { Starter } from './starter';
import { cableFlagDesign, fileFolderDesign, jarDesign, nameBadgeDesign, storageBinDesign, wifiQrDesign } from './starter-designs';

const shippingRow = { name: 'Ada Lovelace', street: '12 Harbour Road', city: 'Bristol BS1 4DJ', tracking: '1Z4F8K2M9Q7T', url: 'https://track.example.com/parcel/1Z4F8K2M9Q7T' };

/**
 * The starters the start screen offers, by use, the files in examples/ among them. Each is
 * checked (validates, renders without issues) at every size it offers by starter-catalog.test.ts.
 */
export const starters: readonly Starter[] = [
  { id: 'shipping-4x6', nameKey: 'start.starter.shipping4x6', doc: shippingExample, otherSizes: [{ widthMm: 100, heightMm: 150 }], sampleRow: shippingRow },
  {
    id: 'shipping-100x150',
    nameKey: 'start.starter.shipping100x150',
    doc: { ...scaleDocument(shippingExample, 100, 150), name: 'Shipping label 100x150 mm' },
    otherSizes: [{ widthMm: 101.6, heightMm: 152.4 }],
    sampleRow: shippingRow,
  },
  { id: 'address', nameKey: 'start.starter.address', doc: addressExample, otherSizes: [{ widthMm: 60, heightMm: 40 }, { widthMm: 76.2, heightMm: 50.8 }], sampleRow: { name: 'Ada Lovelace', street: '12 Harbour Road', city: 'Bristol BS1 4DJ', ref: 'INV-1001' } },
  { id: 'price-tag', nameKey: 'start.starter.priceTag', doc: priceTagExample, otherSizes: [{ widthMm: 40, heightMm: 30 }, { widthMm: 60, heightMm: 40 }], sampleRow: { product: 'Organic oat milk 1 l', price: '€ 2.49', ean: '4006381333931' } },
  { id: 'food-best-before', nameKey: 'start.starter.food', doc: foodExample, otherSizes: [{ widthMm: 70, heightMm: 50 }], sampleRow: {} },
  { id: 'asset-tag', nameKey: 'start.starter.assetTag', doc: assetTagExample, otherSizes: [{ widthMm: 50, heightMm: 40 }], sampleRow: {} },
  { id: 'wifi-qr', nameKey: 'start.starter.wifiQr', doc: wifiQrDesign, otherSizes: [{ widthMm: 60, heightMm: 60 }], sampleRow: { network: 'Inkless-Guest', password: 'labels-4-all' } },
  { id: 'file-folder', nameKey: 'start.starter.fileFolder', doc: fileFolderDesign, otherSizes: [{ widthMm: 100, heightMm: 30 }], sampleRow: { title: 'Invoices', period: 'Tax year 2026', code: 'FIN-07' } },
  { id: 'storage-bin', nameKey: 'start.starter.storageBin', doc: storageBinDesign, otherSizes: [{ widthMm: 101.6, heightMm: 50.8 }], sampleRow: { contents: 'M6 bolts', location: 'B-3', binCode: 'BIN-0042' } },
  { id: 'cable-flag', nameKey: 'start.starter.cableFlag', doc: cableFlagDesign, otherSizes: [{ widthMm: 70, heightMm: 20 }], sampleRow: { from: 'SW1 port 12', to: 'Patch panel A-12' } },
  { id: 'jar', nameKey: 'start.starter.jar', doc: jarDesign, otherSizes: [{ widthMm: 70, heightMm: 50 }], sampleRow: { contents: 'Strawberry jam', ingredients: 'Strawberries, sugar, lemon', made: 'June 2026' } },
  { id: 'name-badge', nameKey: 'start.starter.nameBadge', doc: nameBadgeDesign, otherSizes: [{ widthMm: 101.6, heightMm: 76.2 }], sampleRow: { name: 'Ada', role: 'Label designer', company: 'Inkless Lab' } },
  { id: 'gs1-carton', nameKey: 'start.starter.gs1Carton', doc: gs1CartonExample, otherSizes: [{ widthMm: 100, heightMm: 150 }], sampleRow: { gtin: '09501101530003', count: '24', bestBefore: '270131', batch: 'B4711', sscc: '009501101530000014' } },
  { id: 'multilingual', nameKey: 'start.starter.multilingual', doc: cjkExample, otherSizes: [{ widthMm: 60, heightMm: 40 }], sampleRow: {} },
  { id: 'image-dithered', nameKey: 'start.starter.image', doc: imageExample, otherSizes: [{ widthMm: 101.6, heightMm: 50.8 }], sampleRow: {} },
];

export function findStarter(id: string): Starter | undefined {
  return starters.find((s) => s.id === id);
}
