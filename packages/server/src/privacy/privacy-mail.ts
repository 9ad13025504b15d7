import type { AppContext } from '../app-context';
import type { PublishedChoice } from './inventory-types';

type MailContext = Pick<AppContext, 'mailer' | 'publicUrl'>;

/**
 * The privacy center's emails, plain text. Each goes to the account holder about their own
 * account: delivering what they asked for, not a disclosure to anyone else (docs/privacy.md).
 */
export const privacyMail = {
  deletionRequested: (ctx: MailContext, to: string, dueAt: Date, choice: PublishedChoice) => ctx.mailer.send({
    to,
    subject: 'Your Inkless account will be deleted',
    text: `You asked us to delete your Inkless account. Every session of it has ended.

It will be deleted on ${dueAt.toISOString().slice(0, 10)} (${dueAt.toISOString()}), with your templates, print history, reviews and logs.
${choice === 'keep-credited' ? 'Templates you published stay in the gallery, credited to "Deleted user".' : 'Templates you published are removed from the gallery.'}

Changed your mind? Sign in before then and cancel it in your privacy settings (or POST /api/me/deletion/cancel):
${ctx.publicUrl}/privacy-center#deletion

If you did not ask for this, sign in, cancel it and change your password.`,
  }),
  deletionCanceled: (ctx: MailContext, to: string) => ctx.mailer.send({
    to,
    subject: 'Your Inkless account will not be deleted',
    text: `The deletion of your Inkless account was canceled; everything stays as it was.\n\nIf you did not do this, change your password at ${ctx.publicUrl}/reset-password.`,
  }),
  legalDisclosure: (ctx: MailContext, to: string, request: { authority: string; reference: string; scope: readonly string[]; disclosedAt: Date }) => ctx.mailer.send({
    to,
    subject: 'Data of your Inkless account was handed to an authority',
    text: `Because the law required it, we handed data of your Inkless account to ${request.authority} (their reference: ${request.reference}) on ${request.disclosedAt.toISOString().slice(0, 10)}.

What was handed over: ${request.scope.join(', ')}.

Two members of staff approved the request before anything was sent. Your data export lists it under "disclosures":
${ctx.publicUrl}/privacy-center`,
  }),
};
