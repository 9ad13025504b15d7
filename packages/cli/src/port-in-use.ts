import { createServer } from 'node:net';
import { CliError } from './cli-error';

/**
 * Fails with a plain message when `host:port` is taken, before a server opens its database or
 * builds anything: `listen EADDRINUSE` alone tells a user neither which port nor what to do.
 * The check is a real listen that is closed at once; port 0 (any free port) always passes.
 */
export async function assertPortFree(port: number, host: string, hint: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  const failure = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
    probe.once('error', (e: NodeJS.ErrnoException) => resolve(e));
    probe.listen({ port, host, exclusive: true }, () => resolve(undefined));
  });
  if (failure === undefined) {
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return;
  }
  throw describeListenError(failure, port, host, hint) ?? failure;
}

/** The user's words for a listen failure (busy port, privileged port, foreign address); undefined for others. */
export function describeListenError(e: unknown, port: number, host: string, hint: string): CliError | undefined {
  const code = (e as { code?: unknown }).code;
  if (code === 'EADDRINUSE') return new CliError('INKLESS_CLI_PORT_IN_USE', `port ${port} on ${host} is already in use (another Inkless, or another program, listens there); stop it or pick another port: ${hint}`, 2, { cause: e });
  if (code === 'EACCES') return new CliError('INKLESS_CLI_PORT_IN_USE', `may not listen on port ${port} of ${host}: ports under 1024 need privileges; pick another port: ${hint}`, 2, { cause: e });
  if (code === 'EADDRNOTAVAIL') return new CliError('INKLESS_CLI_USAGE', `${host} is not an address of this machine`, 2, { cause: e });
  return undefined;
}
