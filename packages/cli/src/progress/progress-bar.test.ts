import { describe, it, expect } from 'vitest';
import { createProgress, type ProgressMode } from './progress-bar';
import { formatCount, formatDuration } from './format-progress';

/** A fake stream that records writes, and a clock the test moves. */
function setup(mode: ProgressMode, isTTY: boolean, total?: number) {
  const writes: string[] = [];
  let t = 1000;
  const progress = createProgress({ label: 'labels', mode, stream: { isTTY, write: (s: string) => writes.push(s) }, now: () => t, ...(total === undefined ? {} : { total }) });
  const advance = (ms: number, ticks = 1, perTick = 1) => {
    for (let k = 0; k < ticks; k++) {
      t += ms / ticks;
      progress.tick(perTick);
    }
  };
  return { writes, progress, advance };
}

describe('createProgress', () => {
  it('TTY: redraws one line at most every 100 ms, then ends it', () => {
    const { writes, progress, advance } = setup('bar', true, 10_000);
    advance(10); // first tick draws
    advance(50, 10, 10); // 100 items in 50 ms: throttled
    advance(5000 - 60, 1, 4099); // 4,200 done after 5 s
    advance(100, 1, 5800);
    progress.done();
    progress.tick();
    progress.done();
    expect(writes).toEqual([
      '\r[....................] 1/10,000 labels  100 labels/s  ETA 1:40\x1b[K',
      '\r[########............] 4,200/10,000 labels  840 labels/s  ETA 0:07\x1b[K',
      '\r[####################] 10,000/10,000 labels  1,961 labels/s  ETA 0:00\x1b[K',
      '\r[####################] 10,000/10,000 labels  1,961 labels/s  ETA 0:00\x1b[K\n',
    ]);
  });

  it('not a TTY: a plain line every 5 s or each 10%, and a closing line', () => {
    const { writes, progress, advance } = setup('bar', false, 1000);
    advance(1000, 50); // 50 items in 1 s: first tick prints, then nothing
    advance(1000, 50); // 100 = 10%
    advance(6000, 10); // ticks every 600 ms: 109 at 7.4 s is 5 s after the last line
    advance(1000, 1, 890); // 100%
    progress.done();
    expect(writes).toEqual([
      '1/1,000 labels (0%)  50 labels/s  ETA 0:20\n',
      '100/1,000 labels (10%)  50 labels/s  ETA 0:18\n',
      '109/1,000 labels (10%)  15 labels/s  ETA 1:00\n',
      '1,000/1,000 labels (100%)  111 labels/s  ETA 0:00\n',
      '1,000/1,000 labels  111 labels/s  in 0:09\n',
    ]);
  });

  it('without a total: counts and rate only', () => {
    const { writes, progress, advance } = setup('bar', true);
    advance(500, 1, 250);
    progress.done();
    expect(writes).toEqual(['\r250 labels  500 labels/s\x1b[K', '\r250 labels  500 labels/s\x1b[K\n']);
  });

  it('json: progress events at most once a second or each 10%, then a done event', () => {
    const { writes, progress, advance } = setup('json', true, 200);
    advance(100, 1, 10);
    advance(400, 4); // 14 items, < 1 s and < 10%: nothing
    advance(600, 6); // 20 = 10%
    advance(1000, 1, 180);
    progress.done();
    expect(writes.map((line) => JSON.parse(line))).toEqual([
      { event: 'progress', done: 10, total: 200, perSecond: 100, etaS: 2 },
      { event: 'progress', done: 20, total: 200, perSecond: 18.2, etaS: 10 },
      { event: 'progress', done: 200, total: 200, perSecond: 95.2, etaS: 0 },
      { event: 'done', done: 200, total: 200, perSecond: 95.2, elapsedS: 2.1 },
    ]);
    expect(writes.every((line) => line.endsWith('\n') && !line.slice(0, -1).includes('\n'))).toBe(true);
  });

  it('quiet writes nothing', () => {
    const { writes, progress, advance } = setup('quiet', true, 10);
    advance(1000, 10);
    progress.done();
    expect(writes).toEqual([]);
  });
});

describe('progress formatting', () => {
  it('groups thousands and formats durations', () => {
    expect([0, 999, 1000, 1234567, -4200].map(formatCount)).toEqual(['0', '999', '1,000', '1,234,567', '-4,200']);
    expect([0, 7, 59.6, 61, 3600, 3723].map(formatDuration)).toEqual(['0:00', '0:07', '1:00', '1:01', '1:00:00', '1:02:03']);
  });
});
