import type { AppContext } from '../app-context';

/** The account emails, plain text, each with the one link it is for. */
export const authMail = {
  verifyEmail: (ctx: AppContext, to: string, token: string) => ctx.mailer.send({
    to,
    subject: 'Confirm your email for Inkless',
    text: `Confirm this address for your Inkless account:\n\n${ctx.publicUrl}/verify-email?token=${token}\n\nIf you did not sign up, ignore this mail; nothing happens without the link.`,
  }),
  resetPassword: (ctx: AppContext, to: string, token: string) => ctx.mailer.send({
    to,
    subject: 'Reset your Inkless password',
    text: `Someone (hopefully you) asked to reset the password of your Inkless account. Set a new one here within an hour:\n\n${ctx.publicUrl}/reset-password?token=${token}\n\nIf it was not you, ignore this mail: your password stays as it is.`,
  }),
  signInLink: (ctx: AppContext, to: string, token: string) => ctx.mailer.send({
    to,
    subject: 'Your Inkless sign-in link',
    text: `Someone (hopefully you) asked for a link to sign in to your Inkless account. It works once, within 15 minutes, even while password sign-in is paused:\n\n${ctx.publicUrl}/sign-in-link?token=${token}\n\nIf it was not you, ignore this mail: nobody can use the link without this mailbox. If your password may be known to someone, reset it at ${ctx.publicUrl}/reset-password.`,
  }),
  changeEmail: (ctx: AppContext, to: string, token: string) => ctx.mailer.send({
    to,
    subject: 'Confirm your new email for Inkless',
    text: `Confirm that this is the new address of your Inkless account:\n\n${ctx.publicUrl}/verify-email?token=${token}\n\nUntil you do, the old address stays in use.`,
  }),
  emailChanged: (ctx: AppContext, to: string, newEmail: string) => ctx.mailer.send({
    to,
    subject: 'Your Inkless email was changed',
    text: `The email of your Inkless account is now ${newEmail}. If you did not do this, reset your password at ${ctx.publicUrl}/reset-password and contact support.`,
  }),
  passwordChanged: (ctx: AppContext, to: string) => ctx.mailer.send({
    to,
    subject: 'Your Inkless password was changed',
    text: `The password of your Inkless account was changed. If you did not do this, reset it at ${ctx.publicUrl}/reset-password.`,
  }),
  accountSecured: (ctx: AppContext, to: string) => ctx.mailer.send({
    to,
    subject: 'Your Inkless account was secured',
    text: `Every session of your Inkless account was ended, and signing in now needs a new password. Set one here:\n\n${ctx.publicUrl}/reset-password\n\nIf you did not ask for this, do it anyway: someone reported that your account may be at risk.`,
  }),
};
