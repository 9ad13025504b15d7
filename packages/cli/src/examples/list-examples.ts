import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { openRows } from '../data/open-rows';

/** The repository's examples/ folder. */
export const examplesDir = fileURLToPath(new URL('../../../../examples/', import.meta.url));

export interface ExampleLabel {
  readonly name: string;
  readonly document: unknown;
  /** The first row of NAME.csv beside it, when the example uses data. */
  readonly row?: Record<string, string>;
}

/** Every examples/*.json with its first sample row. */
export async function listExamples(): Promise<ExampleLabel[]> {
  const files = (await readdir(examplesDir)).filter((f) => f.endsWith('.json')).sort();
  const out: ExampleLabel[] = [];
  for (const file of files) {
    const name = file.slice(0, -'.json'.length);
    const document = JSON.parse(await readFile(join(examplesDir, file), 'utf8')) as unknown;
    const csv = join(examplesDir, `${name}.csv`);
    let row: Record<string, string> | undefined;
    if (existsSync(csv)) for await (const r of openRows(csv)) { row = r.values; break; }
    out.push(row ? { name, document, row } : { name, document });
  }
  return out;
}
