import type { AppContext } from '../app-context';
import { complaintGrounds, type ComplaintGround } from './complaint-grounds';

/** A complaint as mailed to the publisher (what they need to answer it). */
export interface ComplaintSummary {
  readonly templateId: string;
  readonly templateName: string;
  readonly ground: ComplaintGround;
  readonly claimant: string;
  readonly work: string;
  readonly reason: string;
}

type MailContext = Pick<AppContext, 'mailer' | 'publicUrl'>;

/** The parts of a complaint the publisher reads, and how to answer it. */
function complaintDetails(ctx: MailContext, c: ComplaintSummary): string {
  return `The complaint says the template ${complaintGrounds[c.ground].says}.

Who complains: ${c.claimant}
Their work or data: ${c.work}
Their reason: ${c.reason}

You can answer it: open ${ctx.publicUrl}/gallery/${c.templateId} while signed in, or send
POST /api/templates/${c.templateId}/ip-response with { "response": "..." }.
Staff read your answer beside the complaint before they decide.`;
}

/** The moderation emails, plain text. Subjects carry no user-written text. */
export const moderationMail = {
  confirmComplaint: (ctx: MailContext, to: string, templateId: string, token: string, confirmBy: Date) => ctx.mailer.send({
    to,
    subject: 'Confirm your complaint to Inkless',
    text: `Someone, hopefully you, filed a complaint with this address about ${ctx.publicUrl}/gallery/${templateId}.

It counts only once you confirm it, before ${confirmBy.toISOString()}:
${ctx.publicUrl}/api/complaints/confirm?token=${token}

If you did not file it, ignore this mail: nothing happens without the link, and the complaint is deleted.`,
  }),
  complaintFiled: (ctx: MailContext, to: string, c: ComplaintSummary) => ctx.mailer.send({
    to,
    subject: 'A complaint about your Inkless template',
    text: `Someone complained about your template "${c.templateName}". It stays in the gallery while staff look at the complaint and at your answer.

${complaintDetails(ctx, c)} If they uphold the complaint, the template is taken down and you are told.`,
  }),
  takenDown: (ctx: MailContext, to: string, c: ComplaintSummary) => ctx.mailer.send({
    to,
    subject: 'Your Inkless template was hidden after a complaint',
    text: `Your template "${c.templateName}" was hidden from the gallery at once, because a complaint says it shows someone's personal data; such complaints cannot wait for a decision. Staff look at it first in their queue.

${complaintDetails(ctx, c)} If they dismiss the complaint, the template is shown again.`,
  }),
  outcomeToPublisher: (ctx: MailContext, to: string, o: { templateId: string; templateName: string; wasHidden: boolean; visible: boolean; note: string }) => ctx.mailer.send({
    to,
    subject: o.visible ? (o.wasHidden ? 'Your Inkless template is back in the gallery' : 'A complaint about your Inkless template was dismissed') : (o.wasHidden ? 'Your Inkless template stays hidden' : 'Your Inkless template was taken down'),
    text: `${o.visible ? `A complaint against your template "${o.templateName}" was dismissed; it is ${o.wasHidden ? 'visible again' : 'still in the gallery'}.` : `Staff decided that your template "${o.templateName}" ${o.wasHidden ? 'stays hidden' : 'is taken down'} from the gallery.`}
${o.note ? `\nTheir note: ${o.note}\n` : ''}
${ctx.publicUrl}/gallery/${o.templateId}`,
  }),
  outcomeToClaimant: (ctx: MailContext, to: string, templateId: string, upheld: boolean, note: string) => ctx.mailer.send({
    to,
    subject: 'Your complaint to Inkless was decided',
    text: `Your complaint about ${ctx.publicUrl}/gallery/${templateId} was ${upheld ? 'upheld: the template is taken down' : 'dismissed'}.
${note ? `\nStaff note: ${note}\n` : ''}`,
  }),
};
