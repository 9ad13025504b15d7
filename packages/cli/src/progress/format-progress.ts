/** A moment of progress: the numbers every output mode formats. */
export interface ProgressSnapshot {
  readonly done: number;
  readonly total: number | undefined;
  readonly elapsedMs: number;
  /** Unit noun shown after the counts, e.g. `labels`. */
  readonly label: string;
}

const BAR_WIDTH = 20;

/** 1234567 -> `1,234,567`, without locale APIs so output is the same on every machine. */
export function formatCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${grouped}` : grouped;
}

/** Seconds as `m:ss`, or `h:mm:ss` from one hour on. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/** Items per second so far; 0 until some time has passed. */
export function measureRate(p: ProgressSnapshot): number {
  return p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
}

/** Seconds left at the current rate, or undefined without a total or a rate. */
export function estimateSecondsLeft(p: ProgressSnapshot): number | undefined {
  const rate = measureRate(p);
  if (p.total === undefined || rate <= 0) return undefined;
  return Math.max(0, p.total - p.done) / rate;
}

/** `[########............] 4,200/10,000 labels  850 labels/s  ETA 0:07` for a terminal line. */
export function formatBarLine(p: ProgressSnapshot): string {
  if (p.total === undefined) return formatCounts(p);
  const fraction = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
  const filled = Math.floor(fraction * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${formatCounts(p)}`;
}

/** `4,200/10,000 labels (42%)  850 labels/s  ETA 0:07` for logs, where a bar cannot redraw. */
export function formatPlainLine(p: ProgressSnapshot): string {
  if (p.total === undefined) return formatCounts(p);
  const percent = p.total > 0 ? Math.floor((Math.min(p.done, p.total) * 100) / p.total) : 100;
  const [counts, ...rest] = formatCounts(p).split('  ');
  return [`${counts} (${percent}%)`, ...rest].join('  ');
}

/** The closing line: counts, average rate and how long it took. */
export function formatDoneLine(p: ProgressSnapshot): string {
  const total = p.total === undefined ? '' : `/${formatCount(p.total)}`;
  return `${formatCount(p.done)}${total} ${p.label}  ${formatCount(Math.round(measureRate(p)))} ${p.label}/s  in ${formatDuration(p.elapsedMs / 1000)}`;
}

function formatCounts(p: ProgressSnapshot): string {
  const total = p.total === undefined ? '' : `/${formatCount(p.total)}`;
  const parts = [`${formatCount(p.done)}${total} ${p.label}`, `${formatCount(Math.round(measureRate(p)))} ${p.label}/s`];
  const left = estimateSecondsLeft(p);
  if (p.total !== undefined) parts.push(`ETA ${left === undefined ? '-:--' : formatDuration(left)}`);
  return parts.join('  ');
}
