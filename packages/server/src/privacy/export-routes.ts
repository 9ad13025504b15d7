import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';
import { countHit } from '../auth/rate-limit';
import { assertRecentlyAuthenticated } from '../auth/reauthenticate';
import { addRoute } from '../http/route';
import { buildExportArchive } from './export-archive';
import { collectPersonalData } from './personal-data';

/** "Download my data": everything the inventory links to the account, as a ZIP. */
export function registerExportRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'GET', url: '/api/privacy/export', tag: 'privacy', access: 'user',
    summary: 'Download all your data as a ZIP (inkless-export.json with every table the inventory links to you, and thumbnails as PNG). Enter your password first (POST /api/auth/reauthenticate).',
    handler: async ({ user, session, reply }) => {
      assertRecentlyAuthenticated(ctx, session!);
      await countHit(ctx.db, ctx.limits.exportPerAccount, user!.id, ctx.clock);
      const now = ctx.clock();
      const data = await collectPersonalData(ctx.db, user!.id, now, { withFiles: true });
      const zip = buildExportArchive(user!.id, data, now);
      const day = now.toISOString().slice(0, 10);
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="inkless-export-${day}.zip"`)
        .send(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength));
    },
  });
}
