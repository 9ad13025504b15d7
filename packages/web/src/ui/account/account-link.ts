/**
 * The links the server mails (auth-mail.ts, privacy-mail.ts) open the studio at their own paths;
 * this reads which one, so the studio opens the screen that does what the mail says.
 * Wire format of the links:
 *   /verify-email?token=T     confirm an address (after sign-up or a change of email)
 *   /reset-password?token=T   set a new password; without a token, ask for a reset mail
 *   /sign-in-link?token=T     sign in once (works while password sign-in is paused); the second factor still applies
 *   /privacy-center#deletion  the privacy center at its deletion section (cancel a deletion)
 */
export type AccountLink =
  | { readonly kind: 'verify-email'; readonly token: string | undefined }
  | { readonly kind: 'reset-password'; readonly token: string | undefined }
  | { readonly kind: 'sign-in-link'; readonly token: string | undefined }
  | { readonly kind: 'privacy'; readonly section: 'deletion' | undefined };

/** The studio's path of the privacy center (the server's /privacy is the policy page). */
export const PRIVACY_CENTER_PATH = '/privacy-center';

/** Which mailed link a URL is, or undefined for any other studio address. */
export function readAccountLink(url: URL): AccountLink | undefined {
  const path = url.pathname.replace(/\/+$/, '');
  const token = url.searchParams.get('token')?.trim() || undefined;
  if (path === '/verify-email') return { kind: 'verify-email', token };
  if (path === '/reset-password') return { kind: 'reset-password', token };
  if (path === '/sign-in-link') return { kind: 'sign-in-link', token };
  if (path === PRIVACY_CENTER_PATH) return { kind: 'privacy', section: url.hash === '#deletion' ? 'deletion' : undefined };
  return undefined;
}

/** The same address without the link's path, token and fragment (other query parameters stay). */
export function withoutAccountLink(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.delete('token');
  const query = params.toString();
  return `/${query ? `?${query}` : ''}`;
}

let taken: { link: AccountLink | undefined } | undefined;

/**
 * The link this page was opened at, read once: the address bar then shows the studio's plain
 * address, so the token is not kept in the history or sent again on a reload.
 */
export function takeAccountLink(): AccountLink | undefined {
  if (taken) return taken.link;
  const url = new URL(location.href);
  taken = { link: readAccountLink(url) };
  if (taken.link) history.replaceState(history.state, '', withoutAccountLink(url));
  return taken.link;
}
