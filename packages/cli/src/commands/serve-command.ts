import { parseCommandArgs, parsePositiveInt } from '../args';
import { createPreviewServer, listen } from '../browser/preview-server';

const USAGE = 'inkless serve [--port 3000] [--host 127.0.0.1]';

/**
 * `inkless serve`: the local preview page. Each example label is drawn in the browser by the same
 * engine that renders in Node, with the hash of its bits.
 */
export async function runServe(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { port: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' } }, USAGE);
  const port = parsePositiveInt(values.port ?? process.env.PORT, 'port', 3000);
  const server = await createPreviewServer();
  const bound = await listen(server, port, values.host);
  process.stdout.write(`Inkless preview on http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${bound} (Ctrl+C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
