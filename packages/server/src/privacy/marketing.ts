import type { AppContext } from '../app-context';
import { loadServerSecret } from '../auth/secrets';
import { findCurrentPolicy } from './policy-documents';
import { createUnsubscribeToken } from './unsubscribe-token';

/** Recipients read per query: a campaign to every user uses the memory of one page. */
const PAGE_ROWS = 500;

export interface MarketingMail {
  readonly subject: string;
  /** Plain text; the unsubscribe link is added at the end. */
  readonly text: string;
}

/** The server secret that signs unsubscribe links. */
export function loadUnsubscribeSecret(ctx: Pick<AppContext, 'db'>): Promise<string> {
  return loadServerSecret(ctx.db, 'unsubscribe');
}

/** The link in a marketing mail that stops marketing mail with one click, no sign-in. */
export function unsubscribeUrl(ctx: Pick<AppContext, 'publicUrl'>, secret: string, userId: string): string {
  return `${ctx.publicUrl}/api/privacy/unsubscribe?token=${createUnsubscribeToken(secret, userId)}`;
}

/**
 * Sends a marketing mail to the users who opted in, and to nobody else: the latest marketing-email
 * row of the consent ledger grants it, they accepted the major policy version in effect, and their
 * address is confirmed (an unconfirmed one may be someone else's typo). Each mail carries the
 * RFC 8058 one-click headers and the same link in its text. The ledger is read at send time, so
 * an unsubscribe takes effect before the next send. Answers how many were sent.
 *
 * Wire format of the headers (RFC 2369 + RFC 8058):
 *   List-Unsubscribe: <https://labels.example/api/privacy/unsubscribe?token=...>
 *   List-Unsubscribe-Post: List-Unsubscribe=One-Click
 *
 * @example
 * await sendMarketingEmail(ctx, { subject: 'New label stock profiles', text: 'Inkless now knows ...' });
 */
export async function sendMarketingEmail(ctx: Pick<AppContext, 'db' | 'mailer' | 'clock' | 'publicUrl'>, mail: MarketingMail): Promise<{ sent: number }> {
  const secret = await loadUnsubscribeSecret(ctx);
  let sent = 0;
  for await (const user of selectMarketingRecipients(ctx)) {
    const link = unsubscribeUrl(ctx, secret, user.id);
    await ctx.mailer.send({
      to: user.email,
      subject: mail.subject,
      text: `${mail.text}\n\n--\nYou get this because you turned on news by email from Inkless. To stop it, open this link (one click, no sign-in):\n${link}\n`,
      headers: { 'List-Unsubscribe': `<${link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
    sent++;
  }
  return { sent };
}

/** The users marketing mail may go to right now, a page at a time (see sendMarketingEmail). */
export async function* selectMarketingRecipients(ctx: Pick<AppContext, 'db' | 'clock'>): AsyncGenerator<{ id: string; email: string }> {
  const current = await findCurrentPolicy(ctx.db, ctx.clock());
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await ctx.db.query<{ id: string; email: string }>(
      `SELECT u.id, u.email FROM users u
       WHERE u.id > $1 AND u.email_verified_at IS NOT NULL
         AND (SELECT c.action FROM consent_ledger c WHERE c.user_id = u.id AND c.purpose = 'marketing-email' ORDER BY c.seq DESC LIMIT 1) = 'grant'
         AND EXISTS (SELECT 1 FROM consent_ledger a JOIN policy_versions p ON p.version = a.policy_version
                     WHERE a.user_id = u.id AND a.purpose = 'policy' AND a.action = 'grant' AND p.major = $2)
       ORDER BY u.id LIMIT $3`,
      [after, current.major, PAGE_ROWS],
    );
    for (const row of rows) yield row;
    if (rows.length < PAGE_ROWS) return;
    after = rows[rows.length - 1]!.id;
  }
}
