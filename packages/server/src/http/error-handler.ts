import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from './api-error';
import { withIssueTexts } from './issue-texts';
import { logNetwork } from './logger-options';

/**
 * The one place errors become HTTP: ApiError keeps its code and status; Fastify's own errors
 * (malformed JSON, body too large, wrong content type) become 400/413/415 with a code; anything
 * else is logged (code, route template, request id, truncated address, the error's stack; never
 * the body or the URL) and answered 500 without a stack trace or internals.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) {
      if (error.details.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.details.retryAfterSeconds));
      const body: Record<string, unknown> = { code: error.code, message: error.message };
      if (error.details.path !== undefined) body.path = error.details.path;
      // Each engine issue also in plain words, in the language the request asks for.
      if (error.details.issues !== undefined) body.issues = withIssueTexts(error.details.issues, request.body, request.headers['accept-language']);
      // The server's own failures (busy, timed out, printer gone) are logged too; the client's are not.
      if (error.status >= 500) logServerError(request, error, error.code, error.status);
      return reply.code(error.status).send({ error: body });
    }
    const code = (error as FastifyError).code;
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send({ error: { code: 'INKLESS_API_BODY_TOO_LARGE', message: 'the request body is too large for this route' } });
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.code(415).send({ error: { code: 'INKLESS_API_UNSUPPORTED_MEDIA_TYPE', message: 'send JSON (content-type: application/json)' } });
    const status = (error as FastifyError).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      return reply.code(status).send({ error: { code: 'INKLESS_API_BAD_REQUEST', message: `the request is malformed: ${error.message.replace(/\s+/g, ' ').slice(0, 200)}` } });
    }
    logServerError(request, error, 'INKLESS_API_INTERNAL', 500);
    return reply.code(500).send({ error: { code: 'INKLESS_API_INTERNAL', message: 'something went wrong on the server; try again' } });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ error: { code: 'INKLESS_API_NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}` } });
  });
}

/** One log line per 5xx: what, where (route template, request id, network), the error with its stack. */
function logServerError(request: FastifyRequest, error: Error, code: string, statusCode: number): void {
  const message = code === 'INKLESS_API_INTERNAL' ? 'unexpected error' : 'server error';
  request.log.error({ err: error, code, statusCode, method: request.method, route: request.routeOptions.url ?? '', network: logNetwork(request.ip) }, message);
}
