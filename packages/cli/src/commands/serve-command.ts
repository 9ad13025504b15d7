import { readServerConfig, startServer } from '@inkless/server';
import { parseCommandArgs, parsePositiveInt } from '../args';
import { registerPreviewSite } from '../browser/preview-site';
import { registerStudioSite } from '../browser/studio-site';
import { CliError } from '../cli-error';
import { assertPortFree, describeListenError } from '../port-in-use';

export const USAGE = 'inkless serve [--port 3000] [--data-dir ./data]   (DATABASE_URL=postgres://... for PostgreSQL)';

/**
 * `inkless serve` (`npm start`): the platform server, its API under /api on the embedded
 * database in ./data (PostgreSQL with DATABASE_URL), the label studio at / (built on first start
 * and whenever its sources changed) and the preview page at /preview, where each example label is
 * drawn in the browser by the same engine that renders in Node.
 */
export async function runServe(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { port: { type: 'string' }, 'data-dir': { type: 'string' } }, USAGE);
  const env = { ...process.env };
  if (values.port !== undefined) env.PORT = String(parsePositiveInt(values.port, 'port', 3000));
  if (values['data-dir'] !== undefined) env.INKLESS_DATA_DIR = values['data-dir'];
  let config;
  try {
    config = readServerConfig(env);
  } catch (e) {
    throw new CliError('INKLESS_CLI_USAGE', (e as Error).message, 2);
  }
  const host = process.env.HOST ?? '127.0.0.1';
  const hint = `inkless serve --port ${config.port + 1}, or PORT=${config.port + 1} npm start`;
  // Checked first: a busy port is then refused in a moment, before the database opens or the studio builds.
  await assertPortFree(config.port, host, hint);
  const server = await startServer(config, {
    site: async (app) => {
      await registerStudioSite(app);
      await registerPreviewSite(app);
    },
  }).catch((e: unknown) => {
    throw describeListenError(e, config.port, host, hint) ?? e;
  });
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded database in ${config.dataDir}`;
  process.stdout.write(`Inkless on ${server.url} (studio at ${server.url}/, API at ${server.url}/api/docs, examples at ${server.url}/preview; ${where}; started in ${Math.round(server.startupMs)} ms; Ctrl+C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
