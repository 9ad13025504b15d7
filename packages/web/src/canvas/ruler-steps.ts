/** Candidate spacings of numbered ticks, per unit: 1-2-5 for millimetres, binary fractions for inches. */
const MAJOR_STEPS = { mm: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], in: [0.125, 0.25, 0.5, 1, 2, 5, 10, 20] } as const;

/** Numbered ticks at least this far apart on screen, so their numbers never overlap. */
const MIN_MAJOR_PX = 56;
/** Unnumbered ticks at least this far apart. */
const MIN_MINOR_PX = 5;

/**
 * The tick spacing of a ruler at a zoom: numbered ticks as close as their numbers allow, and
 * small ticks between (fifths for millimetres, quarters for inches) when there is room.
 */
export function chooseRulerSteps(pxPerUnit: number, units: 'mm' | 'in'): { major: number; minor: number } {
  const candidates = MAJOR_STEPS[units];
  const major = candidates.find((step) => step * pxPerUnit >= MIN_MAJOR_PX) ?? candidates.at(-1)!;
  const division = units === 'mm' ? 5 : 4;
  const minor = (major / division) * pxPerUnit >= MIN_MINOR_PX ? major / division : major;
  return { major, minor };
}
