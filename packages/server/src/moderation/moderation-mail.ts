import type { AppContext } from '../app-context';

/** A complaint as mailed to the publisher (what they need to answer it). */
export interface ComplaintSummary {
  readonly templateId: string;
  readonly templateName: string;
  readonly claimant: string;
  readonly work: string;
  readonly reason: string;
}

/** The moderation emails, plain text. Subjects carry no user-written text. */
export const moderationMail = {
  takenDown: (ctx: AppContext, to: string, c: ComplaintSummary) => ctx.mailer.send({
    to,
    subject: 'Your Inkless template was taken down after a complaint',
    text: `Your template "${c.templateName}" was hidden from the gallery because of an intellectual-property complaint.

Who complains: ${c.claimant}
Their work: ${c.work}
Their reason: ${c.reason}

You can answer it: open ${ctx.publicUrl}/gallery/${c.templateId} while signed in, or send
POST /api/templates/${c.templateId}/ip-response with { "response": "..." }.
Staff read your answer beside the complaint. If they dismiss the complaint, the template is shown again.`,
  }),
  outcomeToPublisher: (ctx: AppContext, to: string, templateId: string, templateName: string, visible: boolean, note: string) => ctx.mailer.send({
    to,
    subject: visible ? 'Your Inkless template is back in the gallery' : 'Your Inkless template stays hidden',
    text: `${visible ? `A complaint against your template "${templateName}" was dismissed; it is visible again.` : `Staff decided that your template "${templateName}" stays hidden from the gallery.`}
${note ? `\nTheir note: ${note}\n` : ''}
${ctx.publicUrl}/gallery/${templateId}`,
  }),
  outcomeToClaimant: (ctx: AppContext, to: string, templateId: string, upheld: boolean, note: string) => ctx.mailer.send({
    to,
    subject: 'Your complaint to Inkless was decided',
    text: `Your intellectual-property complaint about ${ctx.publicUrl}/gallery/${templateId} was ${upheld ? 'upheld: the template stays down' : 'dismissed: the template is shown again'}.
${note ? `\nStaff note: ${note}\n` : ''}`,
  }),
};
