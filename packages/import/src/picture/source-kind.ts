/** What a file is, by its first bytes: hosts route it to the PDF, picture, ZPL or label-document path. */
export type SourceKind = 'pdf' | 'picture' | 'zpl' | 'label-json' | 'unknown';
export type PictureFormat = 'png' | 'jpeg' | 'gif' | 'bmp' | 'tiff' | 'webp';

function startsWith(b: Uint8Array, at: number, ...bytes: number[]): boolean {
  return bytes.every((x, i) => b[at + i] === x);
}

/** A picture format by its magic bytes, never by the file name. */
export function detectPictureFormat(b: Uint8Array): PictureFormat | undefined {
  if (startsWith(b, 0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (startsWith(b, 0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (startsWith(b, 0, 0x47, 0x49, 0x46, 0x38)) return 'gif'; // GIF8
  if (startsWith(b, 0, 0x42, 0x4d) && b.length >= 26) return 'bmp'; // BM
  if (startsWith(b, 0, 0x49, 0x49, 0x2a, 0x00) || startsWith(b, 0, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  if (startsWith(b, 0, 0x52, 0x49, 0x46, 0x46) && startsWith(b, 8, 0x57, 0x45, 0x42, 0x50)) return 'webp'; // RIFF....WEBP
  return undefined;
}

/** The first `n` bytes as Latin-1 text, for sniffing text formats. */
function head(b: Uint8Array, n: number): string {
  let s = '';
  for (let i = 0; i < Math.min(n, b.length); i++) s += String.fromCharCode(b[i]!);
  return s;
}

/**
 * Sorts a file by content: `%PDF-` within the first 1 KB (PDF allows leading junk), picture magic,
 * a JSON object naming `schemaVersion`, or ZPL's `^XA` / `~DG` / `~DY` near the start.
 *
 * @example
 * if (detectSourceKind(bytes) === 'pdf') pages = renderPdf(bytes);
 */
export function detectSourceKind(b: Uint8Array): SourceKind {
  const text = head(b, 4096);
  if (text.slice(0, 1024).includes('%PDF-')) return 'pdf';
  if (detectPictureFormat(b)) return 'picture';
  const trimmed = text.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (trimmed.startsWith('{') && /"schemaVersion"\s*:/.test(text)) return 'label-json';
  if (/[\^~](XA|DG|DY|DF)/i.test(text)) return 'zpl';
  return 'unknown';
}
