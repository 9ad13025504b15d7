import type { CliIssue } from './issue-lines';

/** Codes the command line adds on top of the engine's and the data readers'. */
export const cliErrorCodes = {
  INKLESS_CLI_USAGE: 'The command line is wrong: unknown command or option, or a missing argument.',
  INKLESS_CLI_FILE: 'A file could not be read or written, or is over its size limit; the message names it and the reason.',
  INKLESS_CLI_PORT_IN_USE: 'The port to listen on is taken (or needs privileges); the message names it and how to pick another (--port, or PORT=3001 npm start). Exit code 2.',
  INKLESS_CLI_RENDER_FAILED: 'One or more labels could not be rendered; each problem is listed with its row.',
  INKLESS_CLI_VERIFY_FAILED: 'A barcode did not scan back to its payload, or did not scan at all.',
  INKLESS_CLI_PRINT_PREFLIGHT: 'Nothing was printed: data rows have problems (missing fields, bad barcodes, bad quantities), each listed with its row number.',
  INKLESS_CLI_PRINT_JOURNAL: 'The print journal for --resume is missing, unreadable, left by an unfinished job, or belongs to a different job (label, data, rows, copies or profile changed).',
  INKLESS_CLI_IMPORT_BARCODES: 'Nothing was printed: a barcode on an imported page or ZPL label would not scan as printed (lost, or read as other content); the message names the page, the symbol and its place in mm. Check the file, or print anyway with --force. Exit code 1.',
  INKLESS_CLI_BRIDGE_FORMAT_TOO_LARGE: 'The ZPL bridge refused a format (^XA...^XZ) over its size limit; the log names the connection and the limit, and the rest of the connection is still read.',
} as const;

export type CliErrorCode = keyof typeof cliErrorCodes;

/**
 * An error the user caused or can fix: printed as its message, never with a stack. `issues` are the
 * document's problems one by one, for `--json` (the message already lists them in words).
 */
export class CliError extends Error {
  readonly issues: readonly CliIssue[] | undefined;
  constructor(readonly code: CliErrorCode, message: string, readonly exitCode = 1, options?: { cause?: unknown; issues?: readonly CliIssue[] }) {
    super(message, options);
    this.name = 'CliError';
    this.issues = options?.issues;
  }
}
