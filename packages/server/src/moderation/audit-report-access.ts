import type { AuditEntry } from '../audit/append-audit-entry';

/** Whose data a report shows: the template's publisher and the reporter (either may be gone). */
export interface ReportSubjects {
  readonly id: string;
  readonly owner_id: string | null;
  readonly reporter_id: string | null;
}

/**
 * One audit entry per user whose data a staff member saw or changed through a report, so each
 * can later be shown "staff looked at this"; a report with nobody's data behind it still gets one.
 */
export function auditEntriesForReport(staffId: string, action: string, report: ReportSubjects, at: Date): AuditEntry[] {
  const subjects = [...new Set([report.owner_id, report.reporter_id].filter((s): s is string => s !== null))];
  return (subjects.length > 0 ? subjects : [null]).map((subjectUserId) => ({ staffId, action, subjectUserId, target: `report:${report.id}`, at }));
}
