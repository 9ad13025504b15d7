import { accountCalls } from './account-calls';
import { MailLinkForm, type MailLinkKind } from './MailLinkForm';

const signInLink: MailLinkKind = {
  titleId: 'sign-in-link-title', title: 'signInLink.title', hint: 'signInLink.hint', send: 'signInLink.send', sent: 'signInLink.sent',
  sentTestId: 'sign-in-link-requested', request: (email) => accountCalls.requestSignInLink(email),
};

/** "Email me a sign-in link": the way in while password sign-in is paused (decision 007). */
export function SignInLinkForm(props: { readonly initialEmail?: string; readonly intro?: string; readonly onBack?: () => void }) {
  return <MailLinkForm kind={signInLink} {...props} />;
}
