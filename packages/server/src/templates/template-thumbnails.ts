import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import type { Renderer } from '../render/renderer';
import { SHARED_CONDITION } from './template-store';

/** Background thumbnails give way when this many renders wait: the picture is drawn on first view instead. */
const MAX_WAITING_FOR_BACKGROUND = 8;

/**
 * Draws a saved template's thumbnail after the response, in the render workers, and stores it
 * unless the template changed meanwhile (the version guards it). Skipped when the workers are busy.
 */
export function scheduleThumbnail(ctx: AppContext, renderer: Renderer, template: { id: string; version: number; document?: unknown }): void {
  if (template.document === undefined || renderer.pool.waiting >= MAX_WAITING_FOR_BACKGROUND) return;
  const document = template.document;
  renderer.runInBackground(async () => {
    await drawAndStoreThumbnail(ctx, renderer, template.id, template.version, document);
  });
}

async function drawAndStoreThumbnail(ctx: AppContext, renderer: Renderer, id: string, version: number, document: unknown): Promise<Uint8Array> {
  const { bytes } = await renderer.render({ kind: 'thumbnail', document, nowMs: ctx.clock().getTime() });
  await ctx.db.query('UPDATE templates SET thumbnail = $3 WHERE id = $1 AND version = $2', [id, version, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  return bytes;
}

/**
 * The PNG thumbnail of a template the caller may read (their own or a shared one), drawn now if
 * the background render has not stored it yet. 404 for everything else.
 */
export async function loadThumbnail(ctx: AppContext, renderer: Renderer, id: string, viewerId: string | undefined): Promise<Uint8Array> {
  const rows = await ctx.db.query<{ version: number; thumbnail: Uint8Array | null; document: unknown }>(
    `SELECT version, thumbnail, CASE WHEN thumbnail IS NULL THEN document END AS document FROM templates WHERE id = $1 AND (owner_id = $2 OR ${SHARED_CONDITION})`,
    [id, viewerId ?? null],
  );
  const row = rows[0];
  if (!row) throw new ApiError('INKLESS_API_NOT_FOUND', 'no such template (or not yours)');
  if (row.thumbnail) return row.thumbnail;
  return drawAndStoreThumbnail(ctx, renderer, id, row.version, row.document);
}
