import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { addRoute, idParams } from '../http/route';
import { requirePublicTemplate, type GalleryRow } from './gallery-template';
import { textField } from './text-field';

/**
 * The credit CC BY 4.0 asks for (title, author, source, licence), kept in the copy's description;
 * forked_from keeps the link as well, for as long as the original exists.
 */
export function attributionFor(template: Pick<GalleryRow, 'id' | 'name' | 'publisher' | 'license'>, publicUrl: string): string | null {
  if (template.license !== 'CC-BY-4.0') return null;
  return `Based on "${template.name}" by ${template.publisher ?? 'a former Inkless user'} (${publicUrl}/gallery/${template.id}), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).`;
}

/** `POST /api/gallery/:id/fork`: copy a gallery template into my templates, privately. */
export function registerForkRoute(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'POST', url: '/api/gallery/:id/fork', tag: 'gallery', access: 'user',
    summary: 'Copy a public or unlisted template into your templates (private, linked to the original; CC BY credit kept in the description).',
    params: idParams,
    body: z.strictObject({ name: textField('name', { min: 1, max: 200 }).optional() }),
    handler: async ({ params, body, user, reply }) => {
      const copy = await ctx.db.transaction(async (tx) => {
        const source = await requirePublicTemplate(tx, params.id);
        const attribution = attributionFor(source, ctx.publicUrl);
        const description = attribution ? [source.description, attribution].filter(Boolean).join('\n\n') : source.description;
        // Like any new template (src/templates/template-store.ts): version 1, no earlier versions;
        // templates.search is generated from name, description and tags (002-templates.sql).
        const [row] = await tx.query<{ id: string; name: string; description: string; license: string | null; forked_from: string; created_at: Date }>(
          `INSERT INTO templates (owner_id, name, description, document, folder, tags, width_mm, height_mm, printer_language, visibility, license, forked_from, thumbnail, created_at, updated_at)
           SELECT $2::uuid, $3::text, $4::text, t.document, '', t.tags, t.width_mm, t.height_mm, t.printer_language, 'private', t.license, t.id, t.thumbnail, $5::timestamptz, $5::timestamptz
           FROM templates t WHERE t.id = $1
           RETURNING id, name, description, license, forked_from, created_at`,
          [source.id, user!.id, body.name ?? source.name, description, ctx.clock()],
        );
        return { ...row!, attribution };
      });
      reply.code(201);
      // Wire format: { template: { id, name, description, visibility: 'private', license, forkedFrom, attribution, createdAt } }
      return {
        template: { id: copy.id, name: copy.name, description: copy.description, visibility: 'private', license: copy.license, forkedFrom: copy.forked_from, attribution: copy.attribution, createdAt: copy.created_at },
      };
    },
  });
}
