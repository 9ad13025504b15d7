import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { ApiError } from '../http/api-error';

/** OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane. Algorithm 2 = argon2id. */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export const MIN_PASSWORD_LENGTH = 8;
/** Long enough for any passphrase, short enough that hashing it is no denial of service. */
export const MAX_PASSWORD_LENGTH = 256;

/** ~49,000 common and breached passwords, bundled (no lookup leaves the machine). */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing anybody types, verified when the email is unknown so both cases take as long. */
let decoyHash: Promise<string> | undefined;
export async function verifyDecoyPassword(password: string): Promise<void> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}`);
  await verifyPassword(await decoyHash, password);
}

/**
 * NIST 800-63B rules: at least 8 characters, not a common or breached password, not the email;
 * no composition rules. Throws INKLESS_AUTH_WEAK_PASSWORD saying which rule.
 */
export function assertStrongPassword(password: string, email: string, path = 'password'): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) throw new ApiError('INKLESS_AUTH_WEAK_PASSWORD', `${path}: use at least ${MIN_PASSWORD_LENGTH} characters`, { path });
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || lower === email.toLowerCase() || lower === email.split('@')[0]!.toLowerCase()) {
    throw new ApiError('INKLESS_AUTH_WEAK_PASSWORD', `${path}: this password is too common (it appears in lists of breached passwords); pick another`, { path });
  }
}
