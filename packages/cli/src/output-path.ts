import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CliError } from './cli-error';

/** `dir/` or `dir\`: the user means a folder, whether or not it exists yet. */
const FOLDER_SUFFIX = /[\\/]$/;

/**
 * The file of a single label: `--out` itself, or `<stem>.<ext>` inside it when `--out` names a
 * folder (an existing one, or any path ending in a slash, which is created), so `--out labels/`
 * works as it does with --data instead of failing to write over a folder.
 * @example await resolveOutputFile('out/', 'price-tag', 'png') // 'out/price-tag.png'
 */
export async function resolveOutputFile(out: string | undefined, stem: string, extension: string): Promise<string> {
  const name = `${stem}.${extension}`;
  if (out === undefined) return name;
  if (FOLDER_SUFFIX.test(out)) {
    await ensureFolder(out);
    return join(out, name);
  }
  const info = await stat(out).catch(() => undefined);
  return info?.isDirectory() ? join(out, name) : out;
}

/** Creates the output folder (and its parents); a file in the way is the user's to move. */
export async function ensureFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file of that name is in the way; give a folder name' : (code ?? String(e));
    throw new CliError('INKLESS_CLI_FILE', `cannot create the folder ${path}: ${why}`, 2, { cause: e });
  }
}
