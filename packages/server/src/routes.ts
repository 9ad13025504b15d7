import type { FastifyInstance } from 'fastify';
import type { AppContext } from './app-context';
import { registerAccountRoutes } from './auth/account-routes';
import { registerAuthRoutes } from './auth/auth-routes';
import { registerLoginLinkRoutes } from './auth/login-link-routes';
import { registerMfaRoutes } from './auth/mfa-routes';
import { registerSessionRoutes } from './auth/session-routes';
import { registerGalleryRoutes } from './gallery/gallery-routes';
import { registerImportRoutes } from './import/import-routes';
import { registerOpenApiRoutes } from './http/openapi-routes';
import { registerRenderRoutes } from './render/render-routes';
import { registerSearchRoutes } from './search/search-routes';
import { registerTemplateRoutes } from './templates/template-routes';
import { registerModerationRoutes } from './moderation/moderation-routes';
import { registerPrintJobRoutes } from './printing/print-job-routes';
import { registerPrivacyRoutes } from './privacy/privacy-routes';
import { registerPrivacyRightsRoutes } from './privacy/privacy-rights-routes';

/** Every route module of the API, one concern each, registered in this order. */
export const routeModules: readonly ((app: FastifyInstance, ctx: AppContext) => void | Promise<void>)[] = [
  registerAuthRoutes,
  registerLoginLinkRoutes,
  registerAccountRoutes,
  registerMfaRoutes,
  registerSessionRoutes,
  registerGalleryRoutes,
  registerModerationRoutes,
  registerPrintJobRoutes,
  registerTemplateRoutes,
  registerSearchRoutes,
  registerRenderRoutes,
  registerImportRoutes,
  registerPrivacyRoutes,
  registerPrivacyRightsRoutes,
  registerOpenApiRoutes,
];
