import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildErrorsDoc, errorRegistries } from './errors-doc';

const doc = readFileSync(new URL('../../../../docs/errors.md', import.meta.url), 'utf8');

describe('docs/errors.md', () => {
  it('documents every error code of every registry', () => {
    const missing = errorRegistries.flatMap((r) => Object.keys(r.codes)).filter((code) => !doc.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it('is what the generator writes from the registries (run scripts/generate-errors-doc.ts)', () => {
    expect(doc).toBe(buildErrorsDoc());
  });

  it('has codes of the INKLESS_<AREA>_<WHAT> form, each in one registry only', () => {
    const all = errorRegistries.flatMap((r) => Object.keys(r.codes));
    expect(all.filter((c) => !/^INKLESS_[A-Z0-9]+_[A-Z0-9_]+$/.test(c))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('error codes used in the sources', () => {
  it('are all registered (so all are documented)', async () => {
    const { readdirSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = new URL('../../../', import.meta.url).pathname;
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (name === 'node_modules') continue;
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
      }
    };
    for (const pkg of ['label/src', 'printers/src', 'cli/src', 'server/src', 'web/src']) walk(join(root, pkg));
    const { environmentVariables } = await import('@inkless/server');
    // Settings named INKLESS_* are environment variables, documented in docs/server.md.
    const known = new Set([...errorRegistries.flatMap((r) => Object.keys(r.codes)), ...Object.keys(environmentVariables)]);
    const used = new Set<string>();
    for (const file of files) for (const m of readFileSync(file, 'utf8').matchAll(/['"`](INKLESS_[A-Z0-9_]+)['"`]/g)) used.add(m[1]!);
    expect([...used].filter((c) => !known.has(c)).sort()).toEqual([]);
  });
});
