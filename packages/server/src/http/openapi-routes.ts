import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import type { RouteRecord } from './route';
import { serverErrorCodes } from './api-error';

/** The OpenAPI 3.1 document of every registered route, built from the route table itself. */
export function buildOpenApi(routes: readonly RouteRecord[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    const parameters = [
      ...[...r.url.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } })),
      ...(r.query ? Object.entries((z.toJSONSchema(r.query, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown> }).properties ?? {}).map(([name, schema]) => ({ name, in: 'query', schema })) : []),
    ];
    (paths[path] ??= {})[r.method.toLowerCase()] = {
      summary: r.summary,
      tags: [r.tag],
      ...(parameters.length ? { parameters } : {}),
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(r.body, { io: 'input', unrepresentable: 'any' }) } } } } : {}),
      ...(r.access === 'public' ? { security: [] } : {}),
      'x-access': r.access,
      ...(r.csrfExempt ? { 'x-csrf-exempt': true } : {}),
      responses: { default: { description: 'Success, or `{ error: { code, message, path? } }`', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Inkless API', version: '1', description: 'JSON over /api. State-changing requests carry X-CSRF-Token from GET /api/auth/csrf.' },
    paths,
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: '__Host-sid' } },
      schemas: {
        Error: {
          type: 'object',
          properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { enum: Object.keys(serverErrorCodes) }, message: { type: 'string' }, path: { type: 'string' } } } },
        },
      },
    },
    security: [{ session: [] }],
  };
}

/** `/api/openapi.json`, and `/api/docs`: the same table as a page people can read. */
export function registerOpenApiRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/openapi.json', async () => buildOpenApi(ctx.routes));
  app.get('/api/docs', async (_request, reply) => {
    const rows = ctx.routes.map((r) => `<tr><td><code>${r.method}</code></td><td><code>${escapeHtml(r.url)}</code></td><td>${r.access}</td><td>${escapeHtml(r.summary)}</td></tr>`).join('\n');
    reply.type('text/html; charset=utf-8');
    return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Inkless API</title>
<style>body{font:15px system-ui,sans-serif;margin:2rem;max-width:70rem}td{padding:.3rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}</style>
<h1>Inkless API</h1><p>JSON over <code>/api</code>; machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>. Send <code>X-CSRF-Token</code> (from <code>GET /api/auth/csrf</code>) with every POST, PUT, PATCH and DELETE. Errors are <code>{ "error": { "code", "message", "path"? } }</code>.</p>
<table><thead><tr><th>method</th><th>path</th><th>who</th><th>what</th></tr></thead><tbody>
${rows}
</tbody></table></html>`;
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
