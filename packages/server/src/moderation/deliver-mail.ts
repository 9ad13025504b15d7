import type { FastifyRequest } from 'fastify';

/**
 * Sends a notification whose failure must not undo what already happened (a takedown, a
 * decision): the failure is logged without the mail's content and the request still succeeds.
 */
export async function deliverMail(request: FastifyRequest, send: () => Promise<void>): Promise<boolean> {
  try {
    await send();
    return true;
  } catch (error) {
    request.log.error({ err: error, route: request.routeOptions.url }, 'moderation mail not sent');
    return false;
  }
}
