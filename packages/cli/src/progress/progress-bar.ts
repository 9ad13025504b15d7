import { estimateSecondsLeft, formatBarLine, formatDoneLine, formatPlainLine, measureRate, type ProgressSnapshot } from './format-progress';

/** Where progress goes; a subset of NodeJS.WriteStream so tests can pass a fake. */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** How progress is shown: a redrawn bar (plain lines when not a TTY), nothing, or JSON lines. */
export type ProgressMode = 'bar' | 'quiet' | 'json';

export interface ProgressOptions {
  /** Items expected; without it there is no bar, percentage or ETA. */
  readonly total?: number;
  /** Unit noun, e.g. `labels`. */
  readonly label: string;
  /** Default process.stderr, so progress never mixes with output on stdout. */
  readonly stream?: ProgressStream;
  readonly mode: ProgressMode;
  /** Milliseconds clock; injected by tests. */
  readonly now?: () => number;
}

export interface Progress {
  tick(n?: number): void;
  /** Writes the final state; later calls do nothing. */
  done(): void;
}

const TTY_REDRAW_MS = 100;
const PLAIN_EVERY_MS = 5000;
const JSON_EVERY_MS = 1000;
const CLEAR_TO_END = '\x1b[K';

/**
 * Progress for long runs (a million labels) that is cheap to tick per item: output is throttled by
 * time, so ticking costs a clock read. A TTY gets one redrawn line at most every 100 ms; logs get a
 * plain line every 5 s or each 10%; `json` writes machine-readable lines for wrappers.
 * @example const progress = createProgress({ total: rows, label: 'labels', mode: 'bar' }); progress.tick(); progress.done();
 */
export function createProgress(options: ProgressOptions): Progress {
  if (options.mode === 'quiet') return { tick() {}, done() {} };
  const now = options.now ?? (() => performance.now());
  const stream = options.stream ?? process.stderr;
  const started = now();
  let done = 0;
  let finished = false;
  let lastWrite = -Infinity;
  let lastDecile = 0;
  const snapshot = (): ProgressSnapshot => ({ done, total: options.total, elapsedMs: now() - started, label: options.label });
  const decile = () => (options.total ? Math.floor((Math.min(done, options.total) * 10) / options.total) : 0);

  const output = options.mode === 'json' ? jsonOutput(stream) : stream.isTTY ? ttyOutput(stream) : plainOutput(stream);
  return {
    tick(n = 1) {
      if (finished) return;
      done += n;
      const t = now();
      const step = decile();
      if (t - lastWrite >= output.everyMs || (output.onDecile && step > lastDecile)) {
        lastWrite = t;
        lastDecile = step;
        output.write(snapshot());
      }
    },
    done() {
      if (finished) return;
      finished = true;
      output.finish(snapshot());
    },
  };
}

interface Output {
  readonly everyMs: number;
  /** Also write when another 10% is reached. */
  readonly onDecile: boolean;
  write(p: ProgressSnapshot): void;
  finish(p: ProgressSnapshot): void;
}

function ttyOutput(stream: ProgressStream): Output {
  return {
    everyMs: TTY_REDRAW_MS,
    onDecile: false,
    write: (p) => stream.write(`\r${formatBarLine(p)}${CLEAR_TO_END}`),
    finish: (p) => stream.write(`\r${formatBarLine(p)}${CLEAR_TO_END}\n`),
  };
}

function plainOutput(stream: ProgressStream): Output {
  return {
    everyMs: PLAIN_EVERY_MS,
    onDecile: true,
    write: (p) => stream.write(`${formatPlainLine(p)}\n`),
    finish: (p) => stream.write(`${formatDoneLine(p)}\n`),
  };
}

function jsonOutput(stream: ProgressStream): Output {
  const numbers = (p: ProgressSnapshot) => ({ done: p.done, total: p.total ?? null, perSecond: Math.round(measureRate(p) * 10) / 10 });
  return {
    everyMs: JSON_EVERY_MS,
    onDecile: true,
    write: (p) => {
      const left = estimateSecondsLeft(p);
      stream.write(`${JSON.stringify({ event: 'progress', ...numbers(p), etaS: left === undefined ? null : Math.round(left) })}\n`);
    },
    finish: (p) => stream.write(`${JSON.stringify({ event: 'done', ...numbers(p), elapsedS: Math.round(p.elapsedMs) / 1000 })}\n`),
  };
}
