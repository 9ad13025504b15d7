import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from './api-error';
import { JsonParsePool } from './json-parse-pool';
import { readJsonBody, type JsonBodyResult } from './json-text';

/** Bodies up to this are read inline (a few ms); larger ones in the body-parse worker. */
export const INLINE_JSON_BODY_BYTES = 256 * 1024;

/** Bodies the parser has checked already (parseInput need not walk them again). */
const checkedBodies = new WeakSet<object>();

/** True for a body the JSON parser read and checked against the shared input rule. */
export function isCheckedBody(value: unknown): boolean {
  return value !== null && typeof value === 'object' && checkedBodies.has(value);
}

/**
 * Replaces Fastify's JSON parser: UTF-8 only (a body declared in another charset gets 415
 * INKLESS_API_UNSUPPORTED_MEDIA_TYPE instead of being misread as UTF-8), the shared input rule
 * (input-check.ts) applied as it is parsed, and large bodies read in a worker thread so a 16 MiB
 * body does not hold every other request for the time JSON.parse and the checks take.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const pool = new JsonParsePool();
  app.addHook('onClose', async () => pool.close());
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, async (request: FastifyRequest, body: Buffer) => {
    refuseOtherCharsets(request.headers['content-type']);
    const result: JsonBodyResult = body.length <= INLINE_JSON_BODY_BYTES ? readJsonBody(body) : await pool.read(body);
    if (!result.ok) {
      const { path, message } = result.problem;
      throw new ApiError('INKLESS_API_BAD_REQUEST', `${path || 'body'}: ${message}`, { path: path || undefined });
    }
    if (result.value !== null && typeof result.value === 'object') checkedBodies.add(result.value);
    return result.value;
  });
}

function refuseOtherCharsets(contentType: string | undefined): void {
  const charset = /;\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset === undefined || charset === 'utf-8' || charset === 'utf8') return;
  throw new ApiError('INKLESS_API_UNSUPPORTED_MEDIA_TYPE', `the body is declared as ${charset.slice(0, 40)}: send JSON in UTF-8 (content-type: application/json or application/json; charset=utf-8)`);
}
