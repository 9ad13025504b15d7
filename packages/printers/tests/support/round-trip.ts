import { getPixel, type Bitmap1 } from '@inkless/label';
import type { DecodedEvent, JobDecoder, JobOptions, PrinterDriver } from '../../src/job-options';

/** The whole job's bytes for one label: startJob + encodeLabel + endJob. */
export function encodeJob(driver: PrinterDriver, bitmap: Bitmap1, job: JobOptions): Uint8Array {
  const parts = [driver.startJob(job), driver.encodeLabel(bitmap, job), driver.endJob(job)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/** Feeds bytes in chunks of `chunk` bytes (incremental decoding), then ends the stream. */
export function decodeAll(decoder: JobDecoder, bytes: Uint8Array, chunk = 4096): DecodedEvent[] {
  const events: DecodedEvent[] = [];
  for (let i = 0; i < bytes.length; i += chunk) events.push(...decoder.feed(bytes.subarray(i, i + chunk)));
  events.push(...decoder.end());
  return events;
}

/** The label events' bitmaps. */
export function labelsOf(events: readonly DecodedEvent[]): Bitmap1[] {
  return events.flatMap((e) => (e.kind === 'label' ? [e.bitmap] : []));
}

/**
 * The first dot where the decoded print differs from the label placed at (dx, dy), over both
 * areas (ink outside the label counts too), or undefined when they are identical.
 */
export function findMismatch(decoded: Bitmap1, label: Bitmap1, dx = 0, dy = 0): { x: number; y: number } | undefined {
  const w = Math.max(decoded.width, label.width + dx);
  const h = Math.max(decoded.height, label.height + dy);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (getPixel(decoded, x, y) !== getPixel(label, x - dx, y - dy)) return { x, y };
    }
  }
  return undefined;
}
