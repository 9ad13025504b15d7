import { readServerConfig } from './config';
import { startServer } from './start-server';

/** Runs the server until SIGINT/SIGTERM; configuration errors are one line, not a stack trace. */
export async function main(): Promise<void> {
  let server;
  try {
    server = await startServer(readServerConfig());
  } catch (e) {
    process.stderr.write(`inkless-server: ${(e as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`Inkless server on ${server.url} (started in ${Math.round(server.startupMs)} ms)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
}
