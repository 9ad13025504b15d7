import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { listBundledFaces, type BundledFace } from '@inkless/label';

const require = createRequire(import.meta.url);

/** The URL path under which a bundled face is served to browsers. */
export function fontUrlPath(face: BundledFace): string {
  return `/fonts/${face.packageName}/${face.file}`;
}

/** Bytes of a bundled face, looked up by its URL path; only manifest files are ever served. */
export function readFontByUrlPath(urlPath: string): Uint8Array | undefined {
  const face = listBundledFaces().find((f) => fontUrlPath(f) === urlPath);
  if (!face) return undefined;
  return readFileSync(join(dirname(require.resolve(`${face.packageName}/package.json`)), face.file));
}
