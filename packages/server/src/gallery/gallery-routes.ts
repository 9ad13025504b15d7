import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';
import { registerBrowseRoutes } from './browse-routes';
import { registerForkRoute } from './fork-route';
import { registerPublishRoute } from './publish-route';
import { registerReviewRoutes } from './review-routes';

/** The public template gallery: publishing, browsing, forking and reviews. */
export function registerGalleryRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerPublishRoute(app, ctx);
  registerBrowseRoutes(app, ctx);
  registerForkRoute(app, ctx);
  registerReviewRoutes(app, ctx);
}
