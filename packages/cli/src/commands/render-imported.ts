import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Bitmap1 } from '@inkless/label';
import { encodePdf, encodePng1 } from '@inkless/label/output';
import { getProfile } from '@inkless/printers';
import { parsePositiveInt } from '../args';
import { CliError } from '../cli-error';
import { loadBundledFonts } from '../fonts/load-bundled-fonts';
import { readImportFile } from '../import/import-file';
import { checkStockFitsProfile, parseImportChoices, type ImportChoices } from '../import/import-options';
import { openImportedSource, type ImportedLabel, type ImportedSource, type ImportKind } from '../import/imported-source';
import { drawImportPreview, encodeRgbPng } from '../import/page-preview';
import { ensureFolder } from '../output-path';

/** The options `inkless render` parsed, as an imported file reads them. */
export interface ImportedRenderValues {
  out?: string | undefined; format?: string | undefined; dpi?: string | undefined; profile?: string | undefined; preview?: boolean | undefined;
  quiet?: boolean | undefined; json?: boolean | undefined;
  data?: string | undefined; rows?: string | undefined; sheet?: string | undefined; now?: string | undefined; font?: string[] | undefined;
  pages?: string | undefined; region?: string | undefined; rotate?: string | undefined; fit?: string | undefined; label?: string | undefined; 'zpl-dpi'?: string | undefined; force?: boolean | undefined;
}

/** Labels a PDF holds at most (it is built in memory). */
const MAX_PDF_LABELS = 5_000;

/**
 * `inkless render FILE` for a PDF, a picture or ZPL: the labels as they would print (PNG files or
 * one PDF), the barcode check as for print, and with `--preview` a picture of each page with the
 * regions found outlined next to its labels.
 */
export async function renderImported(file: string, kind: ImportKind, values: ImportedRenderValues): Promise<number> {
  for (const option of ['data', 'rows', 'sheet', 'now', 'font'] as const) {
    if (values[option] !== undefined) throw new CliError('INKLESS_CLI_USAGE', `--${option} is for label documents; ${file} is ${kind === 'zpl' ? 'ZPL' : kind === 'pdf' ? 'a PDF' : 'a picture'}`, 2);
  }
  const format = values.format ?? 'png';
  if (format !== 'png' && format !== 'pdf') throw new CliError('INKLESS_CLI_USAGE', `--format must be png or pdf for ${kind === 'zpl' ? 'ZPL' : kind === 'pdf' ? 'a PDF' : 'a picture'}, got "${format}"`, 2);
  const choices = parseImportChoices(values);
  const { source, dpi } = await openForRender(file, kind, values, choices);
  const stem = basename(file, extname(file));
  const written: string[] = [];
  const pdfPages: { bitmap: Bitmap1; widthMm: number; heightMm: number }[] = [];
  const place = await outputPlace(values.out, stem, format);
  try {
    for (const line of source.notices) if (!values.quiet) process.stderr.write(`warning: ${line}\n`);
    const onPage = values.preview && kind !== 'zpl'
      ? async (page: { pageNumber: number; grey: { width: number; height: number; data: Uint8Array }; dpi: number }, labels: readonly ImportedLabel[]) => {
        const picture = drawImportPreview(page.grey, page.dpi, labels.flatMap((l) => (l.region ? [l.region] : [])), labels.map((l) => l.bitmap), dpi);
        const path = place.preview(page.pageNumber);
        await writeOut(path, encodeRgbPng(picture));
        written.push(path);
      }
      : undefined;
    for await (const label of source.labels(choices.force, onPage)) {
      if (label.barcodes && !label.barcodes.ok) process.stderr.write(`warning: label ${label.labelNumber} (page ${label.pageNumber}): barcode check failed; rendered anyway because of --force\n`);
      const size = { widthMm: (label.bitmap.width * 25.4) / dpi, heightMm: (label.bitmap.height * 25.4) / dpi };
      if (format === 'pdf') {
        if (pdfPages.length >= MAX_PDF_LABELS) throw new CliError('INKLESS_CLI_USAGE', `a PDF holds at most ${MAX_PDF_LABELS} labels; use --pages or --format png`, 2);
        pdfPages.push({ bitmap: label.bitmap, ...size });
        continue;
      }
      const path = place.label(label.labelNumber);
      await writeOut(path, encodePng1(label.bitmap, { dpi }));
      written.push(path);
    }
    if (format === 'pdf' && pdfPages.length > 0) {
      const path = place.label(1);
      await writeOut(path, encodePdf(pdfPages));
      written.push(path);
    }
  } finally {
    source.close();
  }
  const labels = format === 'pdf' ? pdfPages.length : written.filter((p) => !p.endsWith('-preview.png')).length;
  if (values.json) process.stdout.write(`${JSON.stringify({ rendered: labels, failed: 0, files: written })}\n`);
  else if (!values.quiet) process.stdout.write(`rendered ${labels} label(s) -> ${written.length === 1 ? written[0] : `${written.length} files in ${dirname(written[0] ?? '.')}`}\n`);
  return 0;
}

/** Opens the file for the printer of `--profile` (its dpi and head), or at `--dpi` (default 203). */
async function openForRender(file: string, kind: ImportKind, values: ImportedRenderValues, choices: ImportChoices): Promise<{ source: ImportedSource; dpi: number }> {
  const profile = values.profile === undefined ? undefined : getProfile(values.profile, '--profile');
  const dpi = profile?.dpi ?? parsePositiveInt(values.dpi, 'dpi', 203);
  if (profile && values.dpi !== undefined && Number(values.dpi) !== profile.dpi) throw new CliError('INKLESS_CLI_USAGE', `--dpi ${values.dpi} differs from ${profile.name}'s ${profile.dpi} dpi; give one of them`, 2);
  if (![203, 300, 600].includes(dpi)) throw new CliError('INKLESS_CLI_USAGE', `--dpi must be 203, 300 or 600, got ${dpi}`, 2);
  if (profile && (kind !== 'zpl' || values.label !== undefined)) checkStockFitsProfile(choices.stock, profile);
  const source = await openImportedSource(kind, readImportFile(file), { choices, dpi, fonts: loadBundledFonts() });
  return { source, dpi };
}

/**
 * Where labels go: `--out x.png` (label 1 there, label N at x-N.png), `--out x.pdf`, or a folder
 * (`--out DIR`, default `<stem>-labels`) with `<stem>-N.png`. Previews go beside them.
 */
async function outputPlace(out: string | undefined, stem: string, format: 'png' | 'pdf'): Promise<{ label(n: number): string; preview(page: number): string }> {
  if (out !== undefined && extname(out).toLowerCase() === `.${format}`) {
    const base = out.slice(0, -format.length - 1);
    if (dirname(out) !== '.') await ensureFolder(dirname(out));
    return { label: (n) => (n === 1 ? out : `${base}-${n}.${format}`), preview: (p) => `${base}-page-${p}-preview.png` };
  }
  const dir = out ?? `${stem}-labels`;
  await ensureFolder(dir);
  return { label: (n) => join(dir, format === 'pdf' ? `${stem}.pdf` : `${stem}-${n}.png`), preview: (p) => join(dir, `${stem}-page-${p}-preview.png`) };
}

async function writeOut(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (e) {
    throw new CliError('INKLESS_CLI_FILE', `cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 2);
  }
}
