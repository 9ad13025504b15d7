import type { FastifyInstance } from 'fastify';
import type { AppContext } from './app-context';
import { registerAccountRoutes } from './auth/account-routes';
import { registerAuthRoutes } from './auth/auth-routes';
import { registerMfaRoutes } from './auth/mfa-routes';
import { registerSessionRoutes } from './auth/session-routes';
import { registerOpenApiRoutes } from './http/openapi-routes';

/** Every route module of the API, one concern each, registered in this order. */
export const routeModules: readonly ((app: FastifyInstance, ctx: AppContext) => void | Promise<void>)[] = [
  registerAuthRoutes,
  registerAccountRoutes,
  registerMfaRoutes,
  registerSessionRoutes,
  registerOpenApiRoutes,
];
