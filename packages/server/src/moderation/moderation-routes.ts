import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';
import { registerQueueRoutes } from './queue-routes';
import { registerReportRoutes } from './report-routes';
import { registerResolveRoute } from './resolve-route';

/** Reports, intellectual-property complaints and the staff queue that decides them (audited). */
export function registerModerationRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerReportRoutes(app, ctx);
  registerQueueRoutes(app, ctx);
  registerResolveRoute(app, ctx);
}
