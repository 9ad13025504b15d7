import type { AppContext } from '../app-context';
import type { PendingDeletion } from './account-deletion';

type MailContext = Pick<AppContext, 'mailer' | 'publicUrl'>;

/**
 * The privacy center's emails, plain text. Each goes to the account holder about their own
 * account: delivering what they asked for, not a disclosure to anyone else (docs/privacy.md).
 */
export const privacyMail = {
  deletionRequested: (ctx: MailContext, to: string, pending: PendingDeletion) => ctx.mailer.send({
    to,
    subject: 'Your Inkless account will be deleted',
    text: `You asked us to delete your Inkless account. Every session of it has ended.

It will be deleted on ${pending.dueAt.toISOString().slice(0, 10)} (${pending.dueAt.toISOString()}), with your templates, print history, reviews and logs.
${describePublishedChoice(pending)}

Changed your mind? Sign in before then and cancel it in your privacy settings (or POST /api/me/deletion/cancel)${pending.withdrawnTemplates > 0 ? '; your published templates then return to the gallery as they were' : ''}:
${ctx.publicUrl}/privacy-center#deletion

If you did not ask for this, sign in, cancel it and change your password.`,
  }),
  deletionCanceled: (ctx: MailContext, to: string, restoredTemplates: number) => ctx.mailer.send({
    to,
    subject: 'Your Inkless account will not be deleted',
    text: `The deletion of your Inkless account was canceled; your account and everything in it stay.${restoredTemplates > 0 ? `\n\n${plural(restoredTemplates, 'published template')} withdrawn when you asked for the deletion ${restoredTemplates === 1 ? 'is' : 'are'} back in the gallery, as ${restoredTemplates === 1 ? 'it was' : 'they were'}.` : ''}\n\nIf you did not do this, change your password at ${ctx.publicUrl}/reset-password.`,
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

/** What the deletion mail says about published templates: exactly what was done, and what will be. */
function describePublishedChoice(pending: PendingDeletion): string {
  if (pending.publishedTemplates === 'keep-credited') return 'Templates you published stay in the gallery under your name until then, and after it credited to "Deleted user".';
  if (pending.withdrawnTemplates === 0) return 'You had no templates in the gallery; none will be kept.';
  return `${plural(pending.withdrawnTemplates, 'template')} you published ${pending.withdrawnTemplates === 1 ? 'has' : 'have'} left the gallery now: nobody can open ${pending.withdrawnTemplates === 1 ? 'it' : 'them'}, by search or by link. On that date ${pending.withdrawnTemplates === 1 ? 'it is' : 'they are'} deleted with the rest.`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
