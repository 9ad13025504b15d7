import { isIP, Socket } from 'node:net';

/** What the guard saw: every connection it refused, as host:port. */
export interface EgressGuard {
  readonly refused: string[];
  uninstall(): void;
}

/** Loopback only: 127.0.0.0/8, ::1 (and its IPv4-mapped form), `localhost`, and local sockets. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined || host === '' || host === 'localhost') return true;
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || /^::ffff:127\./i.test(bare) || /^0*:0*:0*:0*:0*:0*:0*:0*1$/.test(bare);
  return false;
}

/**
 * Refuses every outbound TCP connection of this test process that is not to loopback, by
 * patching net.Socket.prototype.connect, which everything ends up in (net.connect, http, https,
 * tls, fetch/undici, nodemailer, pg). A refused connect throws, and is remembered in `refused`.
 */
export function installEgressGuard(): EgressGuard {
  const original = Socket.prototype.connect;
  const refused: string[] = [];
  const guarded = function (this: Socket, ...args: unknown[]): Socket {
    const [first, second] = args;
    let host: string | undefined;
    let port: unknown;
    let path: unknown;
    if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
      // net internals call connect([options, cb]) with a normalised array as the first argument.
      const options = first as { host?: string; port?: unknown; path?: unknown };
      ({ host, port, path } = options);
    } else if (Array.isArray(first)) {
      const options = (first[0] ?? {}) as { host?: string; port?: unknown; path?: unknown };
      ({ host, port, path } = options);
    } else if (typeof first === 'string' && typeof second !== 'string') {
      path = first;
    } else {
      port = first;
      host = typeof second === 'string' ? second : undefined;
    }
    // A string path is a local (unix) socket; http passes path: null for TCP.
    if (typeof path !== 'string' && !isLoopbackHost(host)) {
      refused.push(`${host}:${String(port)}`);
      throw new Error(`egress blocked by the privacy tests: ${host}:${String(port)} is not loopback (personal data leaves only through disclose())`);
    }
    return (original as (...a: unknown[]) => Socket).apply(this, args);
  };
  Socket.prototype.connect = guarded as typeof Socket.prototype.connect;
  return {
    refused,
    uninstall: () => {
      Socket.prototype.connect = original;
    },
  };
}
