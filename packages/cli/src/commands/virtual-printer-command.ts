import { isPrinterLanguage, PRINTER_LANGUAGES } from '@inkless/printers';
import { startVirtualPrinter } from '@inkless/printers/node';
import { parseCommandArgs, parsePositiveInt } from '../args';
import { CliError } from '../cli-error';
import { describeListenError } from '../port-in-use';

export const USAGE = 'inkless virtual-printer --lang tspl|zpl|escpos|cpcl --out DIR|--discard [--port 9100] [--host 127.0.0.1] [--dpi 203] [--warm-up] [--silent]';

/**
 * `inkless virtual-printer`: a network printer that prints to PNG files, for trying `inkless print`
 * and any other software that talks raw TCP 9100 without wasting labels. Runs until Ctrl+C.
 * `--discard` decodes and counts labels without writing PNGs (benchmarks: the disk is not the printer).
 * `--warm-up` decodes generated labels before listening, so the first jobs are decoded as fast as
 * the rest (benchmarks: a real printer has no JIT to warm up).
 * `--silent` never answers status queries, like a plain network print server (try `inkless print --confirm written`).
 */
export async function runVirtualPrinter(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    lang: { type: 'string' }, out: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, dpi: { type: 'string' },
    discard: { type: 'boolean', default: false }, 'warm-up': { type: 'boolean', default: false },
    silent: { type: 'boolean', default: false },
  }, USAGE);
  if (positionals.length > 0) throw new CliError('INKLESS_CLI_USAGE', `virtual-printer takes no file, got "${positionals[0]}"\nusage: ${USAGE}`, 2);
  const language = values.lang;
  if (!language || !isPrinterLanguage(language)) throw new CliError('INKLESS_CLI_USAGE', `--lang must be one of ${PRINTER_LANGUAGES.join(', ')}${language ? `, got "${language}"` : ''}\nusage: ${USAGE}`, 2);
  if (values.out !== undefined && values.discard) throw new CliError('INKLESS_CLI_USAGE', `virtual-printer takes --out DIR or --discard, not both\nusage: ${USAGE}`, 2);
  if (!values.out && !values.discard) throw new CliError('INKLESS_CLI_USAGE', `virtual-printer needs --out DIR for the label PNGs (or --discard to only count them)\nusage: ${USAGE}`, 2);
  const port = parsePort(values.port);
  const host = values.host ?? '127.0.0.1';
  const dpi = values.dpi === undefined ? undefined : parsePositiveInt(values.dpi, 'dpi', 203);

  const printer = await startVirtualPrinter({ port, host, language, warmUp: values['warm-up'], silent: values.silent, ...(values.out ? { outDir: values.out } : {}), ...(dpi === undefined ? {} : { dpi }) }).catch((e: unknown) => {
    const listen = describeListenError(e, port, host, `--port ${port === 9100 ? 9101 : 9100}, or --port 0 for any free port`);
    if (listen) throw listen;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('E')) throw new CliError('INKLESS_CLI_FILE', `cannot use --out ${values.out}: ${(e as Error).message}`, 2, { cause: e });
    throw e;
  });
  if (host !== '127.0.0.1' && host !== '::1' && host !== 'localhost') process.stderr.write(`note: listening on ${host}; anyone who can reach it can print to it\n`);
  process.stdout.write(`Virtual ${language.toUpperCase()} printer on tcp://${host.includes(':') ? `[${host}]` : host}:${printer.port}, labels -> ${values.out ?? 'discarded'}${values.silent ? ', never answers status queries' : ''} (Ctrl+C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await printer.close();
  process.stdout.write(`${printer.labels()} label(s) printed\n`);
  return 0;
}

/** 0..65535; 0 lets the system pick a free port (printed on start). */
function parsePort(value: string | undefined): number {
  if (value === undefined) return 9100;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new CliError('INKLESS_CLI_USAGE', `--port must be a whole number from 0 to 65535, got "${value}"`, 2);
  return n;
}
