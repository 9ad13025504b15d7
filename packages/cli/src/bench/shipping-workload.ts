import { readFileSync } from 'node:fs';

/** The benchmark's data row: what a shipping label varies per parcel. */
export interface ShippingRow {
  readonly name: string;
  readonly street: string;
  readonly city: string;
  /** 12 characters, Code 128. */
  readonly tracking: string;
  /** About 60 characters, QR. */
  readonly url: string;
}

const FIRST = ['Ada', 'Grace', 'Alan', 'Linus', 'Margaret', 'Ken', 'Barbara', 'Dennis', 'Radia', 'Edsger'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Torvalds', 'Hamilton', 'Thompson', 'Liskov', 'Ritchie', 'Perlman', 'Dijkstra'];
const STREETS = ['Harbour Road', 'Mill Lane', 'Station Street', 'Kings Avenue', 'Elm Close', 'Quay Side'];
const CITIES = ['Bristol BS1 4DJ', 'Leeds LS2 7HE', 'York YO1 7HH', 'Bath BA1 1LT', 'Derby DE1 2AA', 'Hull HU1 1AA'];
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** Deterministic rows (a fixed LCG), so every run and both contenders see the same data. */
export function* shippingRows(count: number, seed = 42): Generator<ShippingRow> {
  let s = seed >>> 0;
  const next = (n: number): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
  for (let i = 0; i < count; i++) {
    let tracking = '';
    for (let k = 0; k < 12; k++) tracking += ALNUM[next(ALNUM.length)];
    yield {
      name: `${FIRST[next(FIRST.length)]} ${LAST[next(LAST.length)]}`,
      street: `${1 + next(250)} ${STREETS[next(STREETS.length)]}`,
      city: CITIES[next(CITIES.length)]!,
      tracking,
      url: `https://track.example.com/parcel/${tracking}?ref=${String(next(1e9)).padStart(9, '0')}&lang=en`,
    };
  }
}

/** The rows as an RFC 4180 CSV text, header first (the workload is "from CSV rows"). */
export function shippingCsvLines(count: number): Generator<string> {
  return (function* () {
    yield 'name,street,city,tracking,url\n';
    for (const r of shippingRows(count)) yield `${r.name},${r.street},${r.city},${r.tracking},${r.url}\n`;
  })();
}

/**
 * The label the benchmark prints: exactly the workload's elements (three text lines, a Code 128, a
 * QR code), the same things the peer draws. examples/shipping-4x6.json is the richer real label.
 */
export function loadShippingDocument(): unknown {
  return JSON.parse(readFileSync(new URL('./shipping-bench-label.json', import.meta.url), 'utf8'));
}
