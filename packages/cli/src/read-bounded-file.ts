import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { CliError } from './cli-error';

const MiB = 1024 * 1024;

/** `200 MiB`, `1.5 MiB`, `812 bytes`: sizes in messages. */
export function formatBytes(bytes: number): string {
  if (bytes < MiB) return `${bytes} bytes`;
  const mib = bytes / MiB;
  return `${mib >= 10 ? Math.round(mib) : Math.round(mib * 10) / 10} MiB`;
}

/**
 * Reads a whole file the CLI needs in memory (a font, a label document), refusing it from its size
 * alone when it is over `maxBytes`: a 200 MB file is turned down without a byte of it read, instead
 * of after hundreds of megabytes of buffers. The size is taken from the open file, and no more
 * than that size is read, so a file swapped or grown meanwhile cannot make the read unbounded.
 * Failures are INKLESS_CLI_FILE errors worded `<failure> <path>: <reason>`.
 * @example readBoundedFile('Shop.ttf', { maxBytes: 64 * 1024 * 1024, what: 'a font', failure: 'cannot use font' })
 */
export function readBoundedFile(path: string, limit: { maxBytes: number; what: string; failure: string }): Uint8Array {
  const fail = (reason: string, cause?: unknown) => new CliError('INKLESS_CLI_FILE', `${limit.failure} ${path}: ${reason}`, 2, cause === undefined ? undefined : { cause });
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw fail(describeSystemError(e), e);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw fail(`it is a folder; give the path of ${limit.what}`);
    if (info.size > limit.maxBytes) throw fail(`it is ${formatBytes(info.size)}, over the ${formatBytes(limit.maxBytes)} limit for ${limit.what}; nothing was read`);
    const bytes = new Uint8Array(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } catch (e) {
    throw e instanceof CliError ? e : fail(describeSystemError(e), e);
  } finally {
    closeSync(fd);
  }
}

function describeSystemError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found; check the path';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; check the file permissions';
  return code ?? String(e);
}
