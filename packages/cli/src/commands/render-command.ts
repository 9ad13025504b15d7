import { writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { compileLabel, getStock, type Bitmap1, type LabelDocument, type SheetLayout } from '@inkless/label';
import { encodePdf, encodeSheetPdf } from '@inkless/label/output';
import { parseCommandArgs, parsePositiveInt } from '../args';
import { CliError } from '../cli-error';
import { loadBundledFonts } from '../fonts/load-bundled-fonts';
import { estimateBatchSize, formatRowIssues, registerUserFonts, renderBatch, resolveClock } from '../label-batch';
import { loadDocument, withDpi } from '../load-document';
import { encodeLabelFile, type FileFormat } from '../label-files';
import { ensureFolder, resolveOutputFile } from '../output-path';
import { createProgress } from '../progress/progress-bar';
import { describeCliIssue, formatIssueLines, type CliIssue } from '../issue-lines';
import { hasImportChoices, IMPORT_OPTION_SPECS, IMPORT_USAGE } from '../import/import-options';
import { sniffFileKind } from '../import/import-file';

export const USAGE = 'inkless render LABEL.json [--data FILE] [--format png|svg|pdf] [--out FILE_OR_DIR] [--dpi N] [--rows 2-101] [--sheet STOCK_ID] [--preview] [--now ISO] [--font [Family=]FILE.ttf] [--quiet] [--json]\n'
  + `  PDF, picture (PNG, JPEG, GIF, BMP, TIFF, WebP) or ZPL: inkless render FILE [--out DIR_OR_FILE] [--format png|pdf] [--preview] [--profile ID | --dpi N] ${IMPORT_USAGE}\n`
  + '  the labels as they would print; --preview adds a picture of each page with the region found outlined, next to its labels.';
/** A PDF is built in memory; past this many labels, render PNG/SVG files instead. */
const MAX_PDF_LABELS = 5_000;
/** Failures listed in full before the rest are only counted. */
const MAX_LISTED_FAILURES = 50;

/** `inkless render`: one file per label (PNG/SVG) or one PDF for all. */
export async function runRender(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    data: { type: 'string' }, format: { type: 'string', default: 'png' }, out: { type: 'string' }, dpi: { type: 'string' },
    rows: { type: 'string' }, sheet: { type: 'string' }, preview: { type: 'boolean', default: false }, now: { type: 'string' }, font: { type: 'string', multiple: true },
    quiet: { type: 'boolean', default: false }, json: { type: 'boolean', default: false },
    profile: { type: 'string' }, ...IMPORT_OPTION_SPECS,
  }, USAGE);
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new CliError('INKLESS_CLI_USAGE', `render takes one label file\nusage: ${USAGE}`, 2);
  // A PDF, picture or ZPL file takes the import path; a label document the one below.
  const kind = sniffFileKind(file);
  if (kind !== 'label-json') return (await import('./render-imported')).renderImported(file, kind, values);
  if (hasImportChoices(values) || values.profile !== undefined) throw new CliError('INKLESS_CLI_USAGE', `--profile, --pages, --region, --rotate, --fit, --label, --zpl-dpi and --force are for PDF, picture and ZPL files; ${file} is a label document`, 2);
  const format = (values.sheet ? 'pdf' : values.format) as FileFormat;
  if (!['png', 'svg', 'pdf'].includes(format)) throw new CliError('INKLESS_CLI_USAGE', `--format must be png, svg or pdf, got "${values.format}"`, 2);
  const doc = withDpi(await loadDocument(file), values.dpi === undefined ? undefined : parsePositiveInt(values.dpi, 'dpi', 203));
  const fonts = loadBundledFonts();
  registerUserFonts(fonts, values.font ?? []);
  const compiled = compileLabel(doc, { fonts });
  const sheet = values.sheet ? sheetFor(values.sheet, doc) : undefined;
  const stem = basename(file, extname(file));
  const many = values.data !== undefined;
  const outDir = many && format !== 'pdf' ? (values.out ?? `${stem}-labels`) : undefined;
  if (outDir) await ensureFolder(outDir);
  const total = await estimateBatchSize({ dataPath: values.data, rows: values.rows });
  const progress = createProgress({ label: 'labels', ...(total === undefined ? {} : { total }), mode: values.quiet ? 'quiet' : values.json ? 'json' : 'bar' });

  const pdfPages: { bitmap: Bitmap1; widthMm: number; heightMm: number }[] = [];
  const failures: string[] = [];
  /** Failures and (for one label) warnings one by one, for --json. */
  const issues: CliIssue[] = [];
  const written: string[] = [];
  let failed = 0;
  let rendered = 0;
  for await (const { item, result } of renderBatch(compiled, { dataPath: values.data, rows: values.rows, ...resolveClock(values.now) }, progress)) {
    if (!result.ok) {
      failed++;
      if (failures.length < MAX_LISTED_FAILURES) {
        failures.push(...formatRowIssues(item.rowNumber, result.issues, many, doc));
        issues.push(...result.issues.map((i) => describeCliIssue(i, doc, many ? item.rowNumber : undefined)));
      }
      continue;
    }
    rendered++;
    if (format === 'pdf') {
      if (pdfPages.length >= MAX_PDF_LABELS) throw new CliError('INKLESS_CLI_USAGE', `a PDF holds at most ${MAX_PDF_LABELS} labels; use --rows or --format png`, 2);
      pdfPages.push({ bitmap: result.value.bitmap, ...pageSize(doc) });
      continue;
    }
    const path = outDir ? join(outDir, `${stem}-${String(item.rowNumber).padStart(5, '0')}.${format}`) : await resolveOutputFile(values.out, stem, format);
    await writeOut(path, encodeLabelFile(result.value.bitmap, format, { preview: values.preview, ...pageSize(doc) }));
    written.push(path);
    if (!many) issues.push(...result.value.warnings.map((w) => describeCliIssue(w, doc)));
    if (!values.quiet && !values.json && !many) for (const w of result.value.warnings) process.stderr.write(`warning: ${formatIssueLines(w, doc).join('\n')}\n`);
  }
  if (format === 'pdf' && pdfPages.length > 0) {
    const path = await resolveOutputFile(values.out, stem, 'pdf');
    await writeOut(path, sheet ? encodeSheetPdf(pdfPages.map((p) => p.bitmap), sheet) : encodePdf(pdfPages));
    written.push(path);
  }
  progress.done();
  report({ rendered, failed, failures, issues, written, json: values.json, quiet: values.quiet });
  if (failed > 0) throw new CliError('INKLESS_CLI_RENDER_FAILED', `${failed} label(s) could not be rendered`, 1);
  return 0;
}

/** The sheet layout of a stock id, checked against the label's size (within half a millimetre). */
function sheetFor(id: string, doc: LabelDocument): SheetLayout {
  const stock = getStock(id, '--sheet');
  if (!stock.sheet) throw new CliError('INKLESS_CLI_USAGE', `--sheet ${id} is a ${stock.media} stock, not an office sheet; try "avery-l7160" or "avery-5160"`, 2);
  const size = pageSize(doc);
  if (Math.abs(stock.sheet.labelWidthMm - size.widthMm) > 0.5 || Math.abs(stock.sheet.labelHeightMm - size.heightMm) > 0.5) {
    throw new CliError('INKLESS_CLI_USAGE', `--sheet ${id} holds ${stock.sheet.labelWidthMm} x ${stock.sheet.labelHeightMm} mm labels; this label is ${size.widthMm} x ${size.heightMm} mm`, 2);
  }
  return stock.sheet;
}

function pageSize(doc: LabelDocument): { widthMm: number; heightMm: number } {
  const turned = doc.label.orientation === 90 || doc.label.orientation === 270;
  return turned ? { widthMm: doc.label.heightMm, heightMm: doc.label.widthMm } : { widthMm: doc.label.widthMm, heightMm: doc.label.heightMm };
}

async function writeOut(path: string, bytes: Uint8Array | string): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (e) {
    throw new CliError('INKLESS_CLI_FILE', `cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 2);
  }
}

function report(r: { rendered: number; failed: number; failures: string[]; issues: CliIssue[]; written: string[]; json: boolean; quiet: boolean }): void {
  if (r.json) {
    process.stdout.write(`${JSON.stringify({ rendered: r.rendered, failed: r.failed, failures: r.failures, issues: r.issues, files: r.written.length <= 20 ? r.written : r.written.length })}\n`);
    return;
  }
  for (const line of r.failures) process.stderr.write(`${line}\n`);
  if (r.failed > r.failures.length && r.failures.length >= MAX_LISTED_FAILURES) process.stderr.write(`... and more: ${r.failed} labels failed in all\n`);
  if (!r.quiet) {
    const where = r.written.length === 1 ? r.written[0] : `${r.written.length} files`;
    process.stdout.write(`rendered ${r.rendered} label(s)${r.written.length ? ` -> ${where}` : ''}${r.failed ? `, ${r.failed} failed` : ''}\n`);
  }
}
