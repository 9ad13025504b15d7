import { drivers, getProfile, isPrinterLanguage, PRINTER_LANGUAGES, printerProfiles, TransportError, type PrinterLanguage, type PrinterProfile, type PrinterStatus } from '@inkless/printers';
import { parseCommandArgs, parsePositiveInt } from '../args';
import { CliError } from '../cli-error';

export const USAGE = 'inkless printers [--json] | inkless printers --probe tcp://HOST:9100 [--lang tspl|zpl|escpos|cpcl | --profile ID] [--timeout MS] [--json]';

/**
 * `inkless printers`: the printer profiles (ids for `--profile`), or with `--probe ADDRESS` the
 * printer's own answer to its language's status query: exit 0 ready, 1 not ready or unreachable.
 */
export async function runPrinters(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    probe: { type: 'string' }, lang: { type: 'string' }, profile: { type: 'string' }, timeout: { type: 'string' }, json: { type: 'boolean', default: false },
  }, USAGE);
  if (positionals.length > 0) throw new CliError('INKLESS_CLI_USAGE', `printers takes no file, got "${positionals[0]}"\nusage: ${USAGE}`, 2);
  if (values.probe === undefined) {
    if (values.lang !== undefined || values.profile !== undefined || values.timeout !== undefined) throw new CliError('INKLESS_CLI_USAGE', `--lang, --profile and --timeout go with --probe\nusage: ${USAGE}`, 2);
    process.stdout.write(values.json ? `${JSON.stringify(printerProfiles)}\n` : formatProfiles(printerProfiles));
    return 0;
  }
  const language = resolveLanguage(values.lang, values.profile);
  const timeoutMs = parsePositiveInt(values.timeout, 'timeout', 3000);
  const status = drivers[language].status;
  if (!status) throw new CliError('INKLESS_CLI_USAGE', `${language} has no status query to probe with; try --lang tspl or zpl`, 2);
  const { openTransport } = await import('@inkless/printers/node');
  const transport = openTransport(values.probe, { connectTimeoutMs: timeoutMs });
  let result: PrinterStatus;
  try {
    if (!transport.query) throw new TransportError('INKLESS_PRINTER_UNSUPPORTED', `${transport.description} cannot answer status queries (one-way); probe a tcp://, serial:// or usb:// address`);
    await transport.open();
    try {
      result = status.parse(await transport.query(status.request, { ...(status.replyBytes === undefined ? {} : { replyBytes: status.replyBytes }), timeoutMs }));
    } finally {
      await transport.close().catch(() => {});
    }
  } catch (e) {
    if (!(e instanceof TransportError)) throw e;
    if (values.json) process.stdout.write(`${JSON.stringify({ printer: transport.description, reachable: false, code: e.code, message: e.message })}\n`);
    else process.stderr.write(`inkless: ${e.message} (${e.code})\n`);
    return 1;
  }
  const hex = [...result.raw].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  if (values.json) process.stdout.write(`${JSON.stringify({ printer: transport.description, reachable: true, language, ready: result.ready, problems: result.problems, raw: hex })}\n`);
  else process.stdout.write(`${transport.description} (${language}): ${result.ready ? 'ready' : `not ready: ${result.problems.join(', ')}`} [reply ${hex}]\n`);
  return result.ready ? 0 : 1;
}

function resolveLanguage(lang: string | undefined, profileId: string | undefined): PrinterLanguage {
  if (lang !== undefined && profileId !== undefined) throw new CliError('INKLESS_CLI_USAGE', 'give --lang or --profile, not both', 2);
  if (profileId !== undefined) return getProfile(profileId, '--profile').language;
  if (lang === undefined) return 'tspl';
  if (!isPrinterLanguage(lang)) throw new CliError('INKLESS_CLI_USAGE', `--lang must be one of ${PRINTER_LANGUAGES.join(', ')}, got "${lang}"`, 2);
  return lang;
}

/** One line a profile: id, language, resolution, print width, transports, name. */
export function formatProfiles(profiles: readonly PrinterProfile[]): string {
  const rows = profiles.map((p) => [p.id, p.language, `${p.dpi} dpi`, `${((p.headWidthDots / p.dpi) * 25.4).toFixed(0)} mm`, p.transports.join(','), p.name]);
  const header = ['ID', 'LANGUAGE', 'RESOLUTION', 'WIDTH', 'TRANSPORTS', 'NAME'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return `${[line(header), ...rows.map(line)].join('\n')}\n\n${profiles.length} profiles. Use an id with \`inkless print --profile ID\`.\n`;
}
