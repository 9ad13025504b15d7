import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

/** One email: plain text only (no tracking pixels, no remote images). */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** Extra headers, e.g. List-Unsubscribe on marketing mail. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** Mail through an SMTP server (`SMTP_URL`), e.g. smtp://user:pass@mail.example:587. */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: async (m) => {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, ...(m.headers ? { headers: { ...m.headers } } : {}) });
    },
  };
}

/**
 * Development mail: each message is written to `dir` as a .eml-like text file and its first link
 * is logged, so sign-up works on a laptop with no mail server.
 */
export function createOutboxMailer(dir: string, log: (line: string) => void): Mailer {
  let count = 0;
  return {
    send: async (m) => {
      mkdirSync(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${++count}.txt`;
      const headers = Object.entries(m.headers ?? {}).map(([k, v]) => `${k}: ${v}\n`).join('');
      writeFileSync(join(dir, name), `To: ${m.to}\nSubject: ${m.subject}\n${headers}\n${m.text}\n`, { mode: 0o600 });
      const link = /https?:\/\/\S+/.exec(m.text)?.[0];
      log(`mail to ${m.to} written to ${join(dir, name)}${link ? `; link: ${link}` : ''}`);
    },
  };
}
