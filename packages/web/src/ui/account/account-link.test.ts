import { describe, expect, it } from 'vitest';
import { readAccountLink, withoutAccountLink } from './account-link';

const at = (path: string) => new URL(path, 'https://labels.example.test');

describe('mailed account links', () => {
  it('reads the verification, reset, sign-in and privacy-center links the server mails', () => {
    expect(readAccountLink(at('/sign-in-link?token=tok3n'))).toEqual({ kind: 'sign-in-link', token: 'tok3n' });
    expect(readAccountLink(at('/sign-in-link'))).toEqual({ kind: 'sign-in-link', token: undefined });
    expect(readAccountLink(at('/verify-email?token=abc123def456'))).toEqual({ kind: 'verify-email', token: 'abc123def456' });
    expect(readAccountLink(at('/reset-password?token=xyz987'))).toEqual({ kind: 'reset-password', token: 'xyz987' });
    expect(readAccountLink(at('/reset-password'))).toEqual({ kind: 'reset-password', token: undefined });
    expect(readAccountLink(at('/privacy-center#deletion'))).toEqual({ kind: 'privacy', section: 'deletion' });
    expect(readAccountLink(at('/privacy-center/'))).toEqual({ kind: 'privacy', section: undefined });
  });

  it('is not a link at the studio root or any other path (the policy page /privacy is the server\'s)', () => {
    expect(readAccountLink(at('/'))).toBeUndefined();
    expect(readAccountLink(at('/?test=1'))).toBeUndefined();
    expect(readAccountLink(at('/privacy'))).toBeUndefined();
    expect(readAccountLink(at('/verify-email-now?token=abc'))).toBeUndefined();
  });

  it('drops the path, token and fragment from the address, keeping other parameters', () => {
    expect(withoutAccountLink(at('/verify-email?token=abc123def456'))).toBe('/');
    expect(withoutAccountLink(at('/reset-password?token=abc&test=1'))).toBe('/?test=1');
    expect(withoutAccountLink(at('/privacy-center#deletion'))).toBe('/');
    expect(withoutAccountLink(at('/sign-in-link?token=tok3n'))).toBe('/');
  });
});
