/** Tone controls of an image element, applied to luminance before dithering. */
export interface ToneOptions {
  /** -100 (black) .. 100 (white); added to every pixel. */
  readonly brightness: number;
  /** -100 (flat grey) .. 100 (hard black/white) around mid grey. */
  readonly contrast: number;
  /** Swap black and white (negative), e.g. for a white logo on a dark background. */
  readonly invert: boolean;
}

/**
 * A 256-entry table mapping luminance to adjusted luminance. A table keeps the per-pixel work to
 * one lookup and uses only + - * /, so every host maps the same way.
 */
export function buildToneTable({ brightness, contrast, invert }: ToneOptions): Uint8Array {
  const shift = (brightness * 255) / 100;
  const c = (contrast * 255) / 100;
  // The common contrast curve: factor 0 at -100, 1 at 0, about 130 (a hard threshold) at +100.
  const factor = (259 * (c + 255)) / (255 * (259 - c));
  const table = new Uint8Array(256);
  for (let v = 0; v < 256; v++) {
    const adjusted = (v + shift - 128) * factor + 128;
    const clamped = Math.min(255, Math.max(0, Math.round(adjusted)));
    table[v] = invert ? 255 - clamped : clamped;
  }
  return table;
}

/** True when the table changes nothing, so callers can skip a pass. */
export function isIdentityTone({ brightness, contrast, invert }: ToneOptions): boolean {
  return brightness === 0 && contrast === 0 && !invert;
}
