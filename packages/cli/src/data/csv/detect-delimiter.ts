const candidates = [',', ';', '\t'] as const;

/**
 * Picks the delimiter that occurs most often outside quotes in the header line (ties: `,` then `;`),
 * because European spreadsheets export `;` and tab-separated files are common too.
 * Returns undefined while `text` does not yet hold a complete first line and `ended` is false.
 */
export function detectDelimiter(text: string, ended: boolean): string | undefined {
  const counts = [0, 0, 0];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return pickMost(counts);
    else if (!quoted) {
      const k = candidates.indexOf(c as (typeof candidates)[number]);
      if (k >= 0) counts[k]!++;
    }
  }
  return ended ? pickMost(counts) : undefined;
}

function pickMost(counts: number[]): string {
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return candidates[best]!;
}
