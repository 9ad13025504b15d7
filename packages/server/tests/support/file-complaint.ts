import { expect } from 'vitest';
import type { TestApp } from './test-app';

/** The token of the confirmation link in a complaint mail. */
export function complaintLinkToken(text: string): string {
  const match = /\/api\/complaints\/confirm\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no confirmation link in: ${text}`);
  return match[1]!;
}

/**
 * Files a complaint without an account and opens the link mailed to its contactEmail (through the
 * real SMTP listener), as the complainant would; answers the confirmed complaint.
 */
export async function fileConfirmedComplaint(t: TestApp, templateId: string, body: { contactEmail: string } & Record<string, string>): Promise<{ id: string; hidden: boolean }> {
  const filed = await t.client().post(`/api/gallery/${templateId}/ip-complaint`, body);
  expect(filed.status, filed.raw).toBe(202);
  // Outcome mails of earlier complaints may come first: take the next confirmation.
  let mail = await t.smtp.waitFor(body.contactEmail);
  while (mail.subject !== 'Confirm your complaint to Inkless') mail = await t.smtp.waitFor(body.contactEmail);
  const confirmed = await t.client().post(`/api/complaints/confirm?token=${complaintLinkToken(mail.text)}`);
  expect(confirmed.status, confirmed.raw).toBe(200);
  return confirmed.body.complaint;
}
