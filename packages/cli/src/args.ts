import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with our error code and wording. */
export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError('INKLESS_CLI_USAGE', `${e instanceof Error ? e.message : String(e)}\nusage: ${usage}`, 2);
  }
}

export function parsePositiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new CliError('INKLESS_CLI_USAGE', `--${name} must be a whole number above 0, got "${value}"`, 2);
  return n;
}
