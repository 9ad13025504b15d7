import { describeError, InklessError } from '@inkless/label';
import { CliError } from './cli-error';

const HELP = `inkless: label design and printing without the tracking

Usage:
  inkless render LABEL.json [--data rows.csv|rows.xlsx|rows.json] [--format png|svg|pdf]
                 [--out FILE_OR_DIR] [--dpi N] [--rows 1-100] [--preview] [--now ISO]
                 [--font [Family=]FILE.ttf] [--quiet] [--json]
  inkless verify LABEL.json [--data ...] [--rows ...] [--json]
  inkless print LABEL.json --printer tcp://HOST:9100|serial:///dev/X|cups://QUEUE|file://PATH
                --profile ID [--data FILE] [--copies N] [--rows 10-200] [--quantity-column COL]
                [--resume] [--density 0-15] [--speed IPS] [--shift-x MM] [--shift-y MM]
                [--finish tear|peel|cut] [--upside-down] [--mirror] [--quiet] [--json]
  inkless printers [--json] | inkless printers --probe tcp://HOST:9100 [--lang tspl|zpl|escpos|cpcl]
  inkless virtual-printer --lang tspl|zpl|escpos|cpcl --out DIR [--port 9100] [--host 127.0.0.1]
  inkless serve [--port 3000]
  inkless bench [--labels N] [--big N]

Exit codes: 0 ok, 1 a label or barcode failed, 2 bad command line or input file.
Error codes are explained in docs/errors.md.`;

type Command = (args: string[]) => Promise<number>;

/** Commands load on demand, so `inkless render` never loads the benchmark's canvas, say. */
const commands: Record<string, () => Promise<Command>> = {
  render: async () => (await import('./commands/render-command')).runRender,
  verify: async () => (await import('./commands/verify-command')).runVerify,
  print: async () => (await import('./commands/print-command')).runPrint,
  printers: async () => (await import('./commands/printers-command')).runPrinters,
  'virtual-printer': async () => (await import('./commands/virtual-printer-command')).runVirtualPrinter,
  serve: async () => (await import('./commands/serve-command')).runServe,
  bench: async () => (await import('./commands/bench-command')).runBench,
};

/** Runs one command and turns every failure into a message and an exit code, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${HELP}\n`);
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(`inkless: unknown command "${name}" (INKLESS_CLI_USAGE)\n\n${HELP}\n`);
    return 2;
  }
  try {
    const command = await load();
    return await command(rest);
  } catch (e) {
    return reportFailure(e);
  }
}

function reportFailure(e: unknown): number {
  if (e instanceof CliError) {
    process.stderr.write(`inkless: ${e.message} (${e.code})\n`);
    return e.exitCode;
  }
  if (e instanceof InklessError) {
    process.stderr.write(`inkless: ${describeError(e)} (${e.code})\n`);
    return 2;
  }
  const coded = e as { code?: unknown; message?: unknown };
  if (typeof coded?.code === 'string' && coded.code.startsWith('INKLESS_')) {
    process.stderr.write(`inkless: ${String(coded.message)} (${coded.code})\n`);
    return 2;
  }
  // A bug of ours: say so plainly; the stack is only shown when asked for.
  process.stderr.write(`inkless: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.INKLESS_DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : ''}\n`);
  return 70;
}
