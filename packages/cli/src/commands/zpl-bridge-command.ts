import { getProfile } from '@inkless/printers';
import { parseCommandArgs, parsePositiveInt } from '../args';
import { CliError } from '../cli-error';
import { loadBundledFonts } from '../fonts/load-bundled-fonts';
import { describeListenError } from '../port-in-use';
import { DEFAULT_MAX_FORMAT_BYTES, startZplBridge } from '../zpl-bridge/zpl-bridge';
import type { PrintDeps } from './print-command';

export const USAGE = 'inkless zpl-bridge --listen 127.0.0.1:9100 --printer tcp://HOST:PORT|serial:///dev/X|cups://QUEUE|file://PATH --profile ID [--zpl-dpi 152|203|300|600] [--max-format-bytes N] [--force]\n'
  + '  behaves like a Zebra on the network: answers ~HS, keeps ~DG graphics and ^DF templates for later formats, and prints each\n'
  + '  ^XA...^XZ format on the printer of --profile (TSPL, ZPL, ESC/POS or CPCL), one job at a time, one log line per job. Ctrl+C stops it.\n'
  + '  Listens on loopback unless --listen names another address (then anyone who reaches it can print).';

const defaultDeps: PrintDeps = {
  openTransport: async (uri) => (await import('@inkless/printers/node')).openTransport(uri),
};

/** `inkless zpl-bridge`: shipping software that only speaks ZPL prints on any printer Inkless drives. */
export async function runZplBridge(args: string[], deps: PrintDeps = defaultDeps): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    listen: { type: 'string' }, printer: { type: 'string' }, profile: { type: 'string' }, 'zpl-dpi': { type: 'string' },
    'max-format-bytes': { type: 'string' }, force: { type: 'boolean', default: false },
  }, USAGE);
  if (positionals.length > 0) throw new CliError('INKLESS_CLI_USAGE', `zpl-bridge takes no file, got "${positionals[0]}"\nusage: ${USAGE}`, 2);
  if (!values.printer) throw new CliError('INKLESS_CLI_USAGE', `zpl-bridge needs --printer, the printer the labels go to, e.g. --printer tcp://192.0.2.7:9100\nusage: ${USAGE}`, 2);
  if (!values.profile) throw new CliError('INKLESS_CLI_USAGE', `zpl-bridge needs --profile, e.g. --profile generic-tspl-203 (\`inkless printers\` lists them)\nusage: ${USAGE}`, 2);
  const profile = getProfile(values.profile, '--profile');
  const { host, port } = parseListen(values.listen ?? '127.0.0.1:9100');
  const zplDpi = values['zpl-dpi'] === undefined ? profile.dpi : parsePositiveInt(values['zpl-dpi'], 'zpl-dpi', 203);
  if (![152, 203, 300, 600].includes(zplDpi)) throw new CliError('INKLESS_CLI_USAGE', `--zpl-dpi must be 152, 203, 300 or 600, got ${zplDpi}`, 2);
  const maxFormatBytes = parsePositiveInt(values['max-format-bytes'], 'max-format-bytes', DEFAULT_MAX_FORMAT_BYTES);
  const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);

  const bridge = await startZplBridge({
    host, port, printer: values.printer, profile, zplDpi, fonts: loadBundledFonts(), openTransport: deps.openTransport, log, maxFormatBytes, force: values.force,
  }).catch((e: unknown) => {
    throw describeListenError(e, port, host, `--listen ${host}:${port === 9100 ? 9101 : 9100}, or port 0 for any free port`) ?? e;
  });
  if (!isLoopback(host)) process.stderr.write(`note: listening on ${host}; anyone who can reach it can print to ${values.printer}\n`);
  process.stdout.write(`ZPL bridge on tcp://${host.includes(':') ? `[${host}]` : host}:${bridge.port} (ZPL at ${zplDpi} dpi) -> ${values.printer} as ${profile.id} (Ctrl+C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await bridge.close();
  process.stdout.write(`stopped after ${bridge.jobs()} job(s)\n`);
  return 0;
}

/** `HOST:PORT`, `[::1]:PORT` or `PORT` (loopback). */
function parseListen(text: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:]*)):(\d+)$/.exec(text) ?? /^()()(\d+)$/.exec(text);
  const port = m ? Number(m[3]) : NaN;
  if (!m || !(port >= 0 && port <= 65535)) throw new CliError('INKLESS_CLI_USAGE', `--listen takes HOST:PORT, e.g. --listen 127.0.0.1:9100 (port 0 picks a free one), got "${text}"`, 2);
  return { host: m[1] || m[2] || '127.0.0.1', port };
}

function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost';
}
