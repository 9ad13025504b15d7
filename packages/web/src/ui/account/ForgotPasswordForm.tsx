import { accountCalls } from './account-calls';
import { MailLinkForm, type MailLinkKind } from './MailLinkForm';

const passwordReset: MailLinkKind = {
  titleId: 'forgot-title', title: 'forgot.title', hint: 'forgot.hint', send: 'forgot.send', sent: 'forgot.sent',
  sentTestId: 'reset-requested', request: (email) => accountCalls.requestPasswordReset(email),
};

/** "Forgot password?": asks for the email and has the server mail a reset link. */
export function ForgotPasswordForm(props: { readonly initialEmail?: string; readonly onBack?: () => void }) {
  return <MailLinkForm kind={passwordReset} {...props} />;
}
