/**
 * Characters of scripts written without spaces (Han, kana, Hangul, fullwidth forms): a line may
 * break before or after any of them.
 */
export function isCjk(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x2e80 && cp <= 0x303f) ||
    (cp >= 0x3040 && cp <= 0x30ff) ||
    (cp >= 0x3100 && cp <= 0x9fff) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

/** Closing punctuation and small kana that must not start a line (a tiny kinsoku set). */
const NO_BREAK_BEFORE = new Set(
  [...'、。，．・：；！？）」』】〕〉》〗〙〟ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々),.!?:;%'].map((c) => c.codePointAt(0)!),
);

export function isNoBreakBefore(cp: number): boolean {
  return NO_BREAK_BEFORE.has(cp);
}
