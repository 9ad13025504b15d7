import type { FastifyInstance } from 'fastify';
import { createPreviewAssets, PREVIEW_PATHS } from './preview-assets';

/**
 * Mounts the preview page (every example drawn in the browser) at /preview in the platform
 * server, beside /api and the studio at /. The fonts route is shared: mounted here only when the
 * studio did not mount it already.
 */
export async function registerPreviewSite(app: FastifyInstance): Promise<void> {
  const assets = await createPreviewAssets();
  const answer = async (pathname: string, reply: import('fastify').FastifyReply) => {
    const asset = await assets(pathname);
    if (!asset) return reply.code(404).send({ error: { code: 'INKLESS_API_NOT_FOUND', message: `nothing at ${pathname}` } });
    return reply.type(asset.type).header('cache-control', 'no-store').send(asset.body);
  };
  for (const path of PREVIEW_PATHS) app.get(path, (_request, reply) => answer(path, reply));
  if (!app.hasRoute({ method: 'GET', url: '/fonts/*' })) app.get('/fonts/*', (request, reply) => answer(request.url.split('?')[0]!, reply));
}
