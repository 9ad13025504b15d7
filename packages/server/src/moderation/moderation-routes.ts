import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';
import { registerComplaintRoutes } from './complaint-routes';
import { registerQueueRoutes } from './queue-routes';
import { registerReportRoutes } from './report-routes';
import { registerResolveRoute } from './resolve-route';

/** Reports, complaints and the staff queue that decides them (audited). */
export async function registerModerationRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  registerReportRoutes(app, ctx);
  await registerComplaintRoutes(app, ctx);
  registerQueueRoutes(app, ctx);
  registerResolveRoute(app, ctx);
}
