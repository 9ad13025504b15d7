import type { FastifyInstance } from 'fastify';
import { ApiError } from '../http/api-error';
import { defaultRenderSettings, RenderPool, type RenderSettings } from './render-pool';
import type { RenderTask } from './render-task';

/** The render workers of one app, and the background renders (thumbnails) still running. */
export interface Renderer {
  readonly pool: RenderPool;
  /** Renders and throws an ApiError (422 with paths, 503) when the label cannot be drawn. */
  render(task: RenderTask): Promise<{ bytes: Uint8Array; contentType: string; extension: string }>;
  /** Runs work after the response; the app waits for it (bounded by the time limit) when closing. */
  runInBackground(work: () => Promise<void>): void;
}

const renderers = new WeakMap<FastifyInstance, Renderer>();

/**
 * The app's renderer, made on first call by whichever route module needs it (render, thumbnails);
 * its workers stop when the app closes.
 */
export function attachRenderer(app: FastifyInstance): Renderer {
  const existing = renderers.get(app);
  if (existing) return existing;
  const pool = new RenderPool(defaultRenderSettings());
  const background = new Set<Promise<void>>();
  const renderer: Renderer = {
    pool,
    render: async (task) => {
      const outcome = await pool.run(task);
      if (outcome.ok) return outcome;
      const first = outcome.issues[0];
      const more = outcome.issues.length > 1 ? ` (and ${outcome.issues.length - 1} more)` : '';
      const message = first ? `${first.path ? `${first.path}: ` : ''}${first.message}${more}` : 'the label could not be rendered';
      throw new ApiError(outcome.code, message, { ...(first?.path ? { path: first.path } : {}), issues: outcome.issues });
    },
    runInBackground: (work) => {
      const running: Promise<void> = work().catch(() => undefined).finally(() => background.delete(running));
      background.add(running);
    },
  };
  renderers.set(app, renderer);
  app.addHook('onClose', async () => {
    await pool.close();
    await Promise.allSettled([...background]);
  });
  return renderer;
}

/**
 * Changes the render limits of a built app (tests set a tiny time limit; a deployment could
 * raise it). Takes effect for the next render.
 *
 * @example
 * configureRenderer(app, { timeoutMs: 1 });
 */
export function configureRenderer(app: FastifyInstance, settings: Partial<RenderSettings>): void {
  const renderer = renderers.get(app);
  if (!renderer) throw new Error('this app has no renderer: its render and template routes were not registered');
  Object.assign(renderer.pool.settings, settings);
}
