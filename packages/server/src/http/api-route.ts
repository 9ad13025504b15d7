import type { FastifyRequest } from 'fastify';

/**
 * True when the request was routed to an API route. Decided on the route Fastify matched (its
 * registered pattern, e.g. `/api/auth/login`), never on the raw URL: the router decodes `%61pi`,
 * so a string test on `request.url` would let a differently spelled path skip the API's checks.
 */
export function isApiRoute(request: FastifyRequest): boolean {
  const pattern = request.routeOptions.url;
  return pattern !== undefined && (pattern === '/api' || pattern.startsWith('/api/'));
}
