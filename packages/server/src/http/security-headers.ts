import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * The one content security policy of every response (studio, preview, privacy pages, API, static
 * files): nothing loads from elsewhere, and no other site may frame a page (clickjacking).
 * The studio needs its own scripts and styles, its service worker, blob:/data: images (label
 * previews, uploaded images, downloads) and fetches to this origin; everything else is off.
 * 'wasm-unsafe-eval' lets the studio compile its own WebAssembly (the barcode reader for camera
 * scanning, served from 'self'); it allows no JavaScript eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/** The security headers every response carries, whatever route (or none) answered it. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/** Sets the security headers on one reply. */
export function setSecurityHeaders(reply: FastifyReply): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
}

/**
 * Adds the security headers to every response of the app, sites mounted later included: one
 * onSend hook on the root instance, so no page can forget them.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    setSecurityHeaders(reply);
    return payload;
  });
}
