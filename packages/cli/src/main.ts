import { readFileSync } from 'node:fs';
import { describeError, InklessError } from '@inkless/label';
import { CliError } from './cli-error';
import { EXIT_CODES, formatCommandHelp } from './command-help';

const HELP = `inkless: label design and printing without the tracking

Usage:
  inkless render LABEL.json [--data rows.csv|rows.xlsx|rows.json] [--format png|svg|pdf]
                 [--out FILE_OR_DIR] [--dpi N] [--rows 2-101] [--preview] [--now ISO]
                 [--font [Family=]FILE.ttf] [--quiet] [--json]
  inkless render|print FILE.pdf|PICTURE|FILE.zpl ... [--pages 1-3] [--region X,Y,W,H] [--rotate auto|0|90|180|270]
                 [--fit fit|fill|actual] [--label 4x6in] [--zpl-dpi N] [--force]   (PDFs, pictures, ZPL)
  inkless import FILE.pdf|PICTURE|FILE.zpl --out label.json
  inkless zpl-bridge --listen 127.0.0.1:9100 --printer URI --profile ID [--zpl-dpi N]
  inkless verify LABEL.json [--data ...] [--rows ...] [--json]
  inkless print LABEL.json --printer tcp://HOST:9100|serial:///dev/X|cups://QUEUE|file://PATH
                --profile ID [--data FILE] [--copies N] [--rows 10-200] [--quantity-column COL]
                [--resume] [--density 0-15] [--speed IPS] [--shift-x MM] [--shift-y MM]
                [--finish tear|peel|cut] [--upside-down] [--mirror] [--quiet] [--json]
  inkless printers [--json] | inkless printers --probe tcp://HOST:9100 [--lang tspl|zpl|escpos|cpcl]
  inkless virtual-printer --lang tspl|zpl|escpos|cpcl --out DIR [--port 9100] [--host 127.0.0.1]
  inkless serve [--port 3000]
  inkless bench [--labels N] [--big N]
  inkless help COMMAND | inkless COMMAND --help | inkless --version

Rows are numbered as your spreadsheet shows them (CSV: the header is row 1, the first data row 2),
in messages, in --rows and in output file names.
${EXIT_CODES}`;

/** A command: what it runs, and its usage line (shared by its --help and its parser's errors). */
interface CommandModule {
  readonly run: (args: string[]) => Promise<number>;
  readonly usage: string;
}

/** Commands load on demand, so `inkless render` never loads the benchmark's canvas, say. */
const commands: Record<string, () => Promise<CommandModule>> = {
  render: async () => import('./commands/render-command').then((m) => ({ run: m.runRender, usage: m.USAGE })),
  verify: async () => import('./commands/verify-command').then((m) => ({ run: m.runVerify, usage: m.USAGE })),
  print: async () => import('./commands/print-command').then((m) => ({ run: (args) => m.runPrint(args), usage: m.USAGE })),
  printers: async () => import('./commands/printers-command').then((m) => ({ run: m.runPrinters, usage: m.USAGE })),
  'virtual-printer': async () => import('./commands/virtual-printer-command').then((m) => ({ run: m.runVirtualPrinter, usage: m.USAGE })),
  import: async () => import('./commands/import-command').then((m) => ({ run: m.runImport, usage: m.USAGE })),
  'zpl-bridge': async () => import('./commands/zpl-bridge-command').then((m) => ({ run: m.runZplBridge, usage: m.USAGE })),
  serve: async () => import('./commands/serve-command').then((m) => ({ run: m.runServe, usage: m.USAGE })),
  bench: async () => import('./commands/bench-command').then((m) => ({ run: m.runBench, usage: m.USAGE })),
};

const HELP_FLAGS = new Set(['--help', '-h']);
const VERSION_FLAGS = new Set(['--version', '-v']);

/** Runs one command and turns every failure into a message and an exit code, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(`${HELP}\n`);
    return 2;
  }
  if (HELP_FLAGS.has(name) || (name === 'help' && rest.length === 0)) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (VERSION_FLAGS.has(name)) {
    process.stdout.write(`inkless ${readVersion()}\n`);
    return 0;
  }
  if (name === 'help') return showCommandHelp(rest);
  const load = findCommand(name);
  if (!load) return unknownCommand(name);
  try {
    const command = await load();
    // Before `--`, a --help anywhere asks for help: `inkless render x.json --help` too.
    const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (options.some((a) => HELP_FLAGS.has(a))) {
      process.stdout.write(formatCommandHelp(name, command.usage));
      return 0;
    }
    return await command.run(rest);
  } catch (e) {
    return reportFailure(e, rest.includes('--json'));
  }
}

/** `inkless help COMMAND`: the same text as `inkless COMMAND --help`. */
async function showCommandHelp(names: string[]): Promise<number> {
  const [name] = names;
  const load = name === undefined ? undefined : findCommand(name);
  if (!load || names.length > 1) return unknownCommand(names.join(' '));
  process.stdout.write(formatCommandHelp(name!, (await load()).usage));
  return 0;
}

function findCommand(name: string): (() => Promise<CommandModule>) | undefined {
  return Object.hasOwn(commands, name) ? commands[name] : undefined;
}

function unknownCommand(name: string): number {
  process.stderr.write(`inkless: unknown command "${name}"; the commands are ${Object.keys(commands).join(', ')} (INKLESS_CLI_USAGE)\n\n${HELP}\n`);
  return 2;
}

/** The version of this package, as its package.json says. */
function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function reportFailure(e: unknown, json: boolean): number {
  if (e instanceof CliError && json && e.issues) {
    // --json: the problems one by one ({ code, path, text, message }), for tools; exit code as without it.
    process.stderr.write(`${JSON.stringify(e.issues)}\n`);
    return e.exitCode;
  }
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
