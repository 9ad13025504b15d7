import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';
import { registerDeletionRoutes } from './deletion-routes';
import { registerExportRoutes } from './export-routes';
import { registerLegalRequestRoutes } from './legal-request-routes';
import { registerSecurityReportRoutes } from './security-report-routes';
import { registerSupportTicketRoutes } from './support-ticket-routes';

/**
 * The privacy center, part B: the user's rights (export, deletion with a grace period), legal
 * requests (staff, two-person approval, through disclose()), and security reports with the
 * support tickets they open. Everything here is driven by the data inventory (inventory.ts).
 */
export function registerPrivacyRightsRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerExportRoutes(app, ctx);
  registerDeletionRoutes(app, ctx);
  registerLegalRequestRoutes(app, ctx);
  registerSecurityReportRoutes(app, ctx);
  registerSupportTicketRoutes(app, ctx);
}
