import type { FastifyInstance } from 'fastify';
import { ApiError } from './api-error';

/** Names that always reach a server from its own machine; a rebinding attacker cannot send them. */
export const LOOPBACK_HOST_NAMES: readonly string[] = ['localhost', '127.0.0.1', '::1'];

/** `Example.COM.:3000` -> `example.com`, `[::1]:3000` -> `::1`: how host names are compared. */
export function normaliseHostName(host: string): string {
  const trimmed = host.trim().toLowerCase();
  const close = trimmed.indexOf(']');
  let name: string;
  if (trimmed.startsWith('[')) name = trimmed.slice(1, close > 0 ? close : undefined);
  else if (trimmed.indexOf(':') !== trimmed.lastIndexOf(':')) name = trimmed; // a bare IPv6 address
  else name = trimmed.replace(/:\d*$/, '');
  return name.replace(/\.+$/, '');
}

/**
 * The host names a server answers to: the loopback names, the host of its public URL and any
 * extra names (`INKLESS_ALLOWED_HOSTS`). Anything else in `Host` is a DNS-rebinding page or a
 * misdirected request.
 */
export function allowedHostNames(publicUrl: string, extra: readonly string[] = []): string[] {
  const names = new Set(LOOPBACK_HOST_NAMES);
  names.add(normaliseHostName(new URL(publicUrl).host));
  for (const name of extra) if (name.trim()) names.add(normaliseHostName(name));
  return [...names];
}

/** Addresses that listen on every interface: they name no host a browser would use. */
const WILDCARD_ADDRESSES = new Set(['0.0.0.0', '::', '']);

/**
 * The host names a server listening on `listenHost` answers to: allowedHostNames, plus the listen
 * address itself when it is one address (`HOST=192.168.1.20`: users type that, and no rebinding
 * page can send an address as its host name).
 */
export function hostNamesForListener(listenHost: string, publicUrl: string, extra: readonly string[] = []): string[] {
  const names = allowedHostNames(publicUrl, extra);
  const listen = normaliseHostName(listenHost.includes(':') && !listenHost.startsWith('[') ? `[${listenHost}]` : listenHost);
  if (!WILDCARD_ADDRESSES.has(listen) && !names.includes(listen)) names.push(listen);
  return names;
}

/** A warning for a listener on every interface that answers to loopback names only, else undefined. */
export function describeLoopbackOnlyListener(listenHost: string, names: readonly string[]): string | undefined {
  if (!WILDCARD_ADDRESSES.has(normaliseHostName(listenHost.includes(':') ? `[${listenHost}]` : listenHost))) return undefined;
  if (names.some((name) => !LOOPBACK_HOST_NAMES.includes(name))) return undefined;
  return `listening on ${listenHost}, but answering only to ${LOOPBACK_HOST_NAMES.join(', ')}: set INKLESS_PUBLIC_URL (or INKLESS_ALLOWED_HOSTS) to the address other machines use, e.g. http://192.168.1.20:3000`;
}

/**
 * Refuses requests whose `Host` is not one of `allowed` (421 INKLESS_API_HOST_NOT_ALLOWED) before
 * any route runs: a page on an attacker's domain that resolves to this server (DNS rebinding)
 * would otherwise be same-origin with it, and its requests would pass the CSRF check.
 */
export function registerHostCheck(app: FastifyInstance, allowed: readonly string[]): void {
  const names = new Set(allowed.map(normaliseHostName));
  app.addHook('onRequest', async (request) => {
    const host = normaliseHostName(request.host ?? '');
    if (!names.has(host)) {
      throw new ApiError('INKLESS_API_HOST_NOT_ALLOWED', `this server does not answer to the host name "${host.slice(0, 100)}"; its administrator can add it to INKLESS_PUBLIC_URL or INKLESS_ALLOWED_HOSTS`);
    }
  });
}
