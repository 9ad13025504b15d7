/** Reads a PNG's pHYs chunk (pixels per metre when its unit is 1) and turns it into dpi. */
export function readPngDpi(b: Uint8Array): number | undefined {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let o = 8; o + 12 <= b.length; ) {
    const length = v.getUint32(o);
    const type = String.fromCharCode(b[o + 4]!, b[o + 5]!, b[o + 6]!, b[o + 7]!);
    if (type === 'pHYs' && length >= 9 && o + 17 <= b.length) {
      const ppm = v.getUint32(o + 8);
      return b[o + 16] === 1 && ppm > 0 ? Math.round(ppm * 0.0254) : undefined;
    }
    if (type === 'IDAT' || type === 'IEND') return undefined;
    o += 12 + length;
  }
  return undefined;
}

/** Reads a JPEG's JFIF APP0 density (unit 1 = dots per inch, 2 = dots per cm). */
export function readJpegDpi(b: Uint8Array): number | undefined {
  // FF D8, then FF E0, length (2), "JFIF\0", version (2), units (1), X density (2), Y density (2).
  if (b.length < 18 || b[2] !== 0xff || b[3] !== 0xe0) return undefined;
  if (String.fromCharCode(b[6]!, b[7]!, b[8]!, b[9]!) !== 'JFIF' || b[10] !== 0) return undefined;
  const unit = b[13];
  const density = (b[14]! << 8) | b[15]!;
  if (density <= 0) return undefined;
  if (unit === 1) return density;
  if (unit === 2) return Math.round(density * 2.54);
  return undefined;
}
