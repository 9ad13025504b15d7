import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * A fresh `npm install` on a supported Node prints nothing alarming: no package of the locked tree
 * asks for a Node the root's `engines` allows but the package does not (npm's EBADENGINE warning),
 * and every package with an install script has a decision in `allowScripts` (npm 11 skips
 * undecided scripts and lists them as a warning at the end of the install).
 */
interface LockedPackage {
  readonly engines?: { readonly node?: string } | readonly string[];
  readonly hasInstallScript?: boolean;
  readonly optional?: boolean;
}

const root = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
  allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};

/** `node_modules/a/node_modules/@b/c` -> `@b/c`; workspace folders keep their path. */
function packageName(lockPath: string): string {
  const at = lockPath.lastIndexOf('node_modules/');
  return at < 0 ? lockPath : lockPath.slice(at + 'node_modules/'.length);
}

describe('a clean install', () => {
  it('declares a Node range that every locked package supports (the engines field is the truth)', () => {
    expect(semver.validRange(root.engines.node)).not.toBeNull();
    const unsupported: string[] = [];
    for (const [path, pkg] of Object.entries(lock.packages)) {
      const wanted = pkg.engines && !Array.isArray(pkg.engines) ? (pkg.engines as { node?: string }).node : undefined;
      if (path === '' || wanted === undefined || pkg.optional) continue;
      if (!semver.subset(root.engines.node, wanted)) unsupported.push(`${packageName(path)} wants node ${wanted}`);
    }
    expect(unsupported).toEqual([]);
  });

  it('runs on the Node it runs on now', () => {
    expect(semver.satisfies(process.versions.node, root.engines.node)).toBe(true);
  });

  it('has a decision for every install script, so npm does not list skipped scripts', () => {
    const undecided = Object.entries(lock.packages)
      .filter(([path, pkg]) => path !== '' && pkg.hasInstallScript)
      .map(([path]) => packageName(path))
      .filter((name) => root.allowScripts?.[name] === undefined);
    expect(undecided).toEqual([]);
  });
});
