import type { RateLimits } from '../../src/auth/rate-limit';

const many = { max: 100_000, windowSeconds: 60 };

/**
 * Sign-up, sign-in and complaint limits lifted, passed by name as a deployment would: for tests
 * that make many users and complaints from one address and do not test those limits.
 */
export const moderationTestLimits = {
  signupPerIp: { name: 'signup-ip', ...many },
  loginPerIp: { name: 'login-ip', ...many },
  ipComplaintPerIp: { name: 'ip-complaint-ip', ...many },
  ipComplaintPerComplainant: { name: 'ip-complaint-complainant', ...many },
} as Partial<RateLimits>;
