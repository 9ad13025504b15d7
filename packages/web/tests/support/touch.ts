import type { CDPSession, Page } from 'playwright-core';

/** A point on the page, in CSS pixels. */
export interface PagePoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Real touch input through the browser's input pipeline (Chrome DevTools Protocol
 * Input.dispatchTouchEvent): the page gets touch and pointer events with pointerType "touch",
 * as from a finger. The page's context needs `hasTouch: true`.
 */
export class Fingers {
  private constructor(private readonly cdp: CDPSession) {}

  static async on(page: Page): Promise<Fingers> {
    return new Fingers(await page.context().newCDPSession(page));
  }

  private async send(type: 'touchStart' | 'touchMove' | 'touchEnd', points: readonly PagePoint[]): Promise<void> {
    await this.cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });
  }

  /** One finger down and up at `at`. */
  async tap(at: PagePoint): Promise<void> {
    await this.send('touchStart', [at]);
    await this.send('touchEnd', []);
  }

  /** One finger from `from` to `to` in `steps` moves, then lifted. */
  async drag(from: PagePoint, to: PagePoint, steps = 10): Promise<void> {
    await this.send('touchStart', [from]);
    for (let i = 1; i <= steps; i++) await this.send('touchMove', [lerp(from, to, i / steps)]);
    await this.send('touchEnd', []);
  }

  /**
   * Two fingers: each moves from its start to its end point in `steps`, together (a pinch when
   * they spread or close, a two-finger pan when they move the same way), then both are lifted.
   */
  async twoFingers(a: readonly [PagePoint, PagePoint], b: readonly [PagePoint, PagePoint], steps = 10): Promise<void> {
    await this.send('touchStart', [a[0], b[0]]);
    for (let i = 1; i <= steps; i++) await this.send('touchMove', [lerp(a[0], a[1], i / steps), lerp(b[0], b[1], i / steps)]);
    await this.send('touchEnd', []);
  }

  /** Spreads (factor > 1) or closes two fingers around `centre`, horizontally, from `startGapPx` apart. */
  pinch(centre: PagePoint, startGapPx: number, factor: number, steps = 10): Promise<void> {
    const half = startGapPx / 2;
    const end = half * factor;
    return this.twoFingers(
      [{ x: centre.x - half, y: centre.y }, { x: centre.x - end, y: centre.y }],
      [{ x: centre.x + half, y: centre.y }, { x: centre.x + end, y: centre.y }],
      steps,
    );
  }
}

function lerp(a: PagePoint, b: PagePoint, t: number): PagePoint {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}
