import { api } from '../../api/api-client';
import type { User } from '../../api/api-types';

/** The server calls behind the mailed links and the email screen (packages/server/src/auth). */
export const accountCalls = {
  /** Wire format: POST /api/auth/verify-email { token } -> { user } (sign-up or change of email). */
  verifyEmail: (token: string) => api.request<{ user: User }>('POST', '/api/auth/verify-email', { token }).then((r) => r.user),
  /** POST /api/auth/verify-email/resend -> { sent, reason? }; signed in only. */
  resendVerification: () => api.request<{ sent: boolean; reason?: string }>('POST', '/api/auth/verify-email/resend'),
  /** POST /api/auth/password-reset { email } -> 202, the same answer whether or not the account exists. */
  requestPasswordReset: (email: string) => api.request('POST', '/api/auth/password-reset', { email }),
  /** POST /api/auth/login-link { email } -> 202, the same answer whether or not the account exists (signInWithLink uses the link). */
  requestSignInLink: (email: string) => api.request('POST', '/api/auth/login-link', { email }),
  /** POST /api/auth/password-reset/confirm { token, password }: every session of the account ends. */
  confirmPasswordReset: (token: string, password: string) => api.request('POST', '/api/auth/password-reset/confirm', { token, password }),
  /** The password again (POST /api/auth/reauthenticate), then POST /api/me/email { newEmail } -> 202: a link goes to the new address. */
  changeEmail: async (password: string, newEmail: string) => {
    await api.request('POST', '/api/auth/reauthenticate', { password });
    await api.request('POST', '/api/me/email', { newEmail });
  },
};
