import { compileLabel, createBitmap, blit, type Bitmap1, type ElementLayout } from '@inkless/label';
import { parseCommandArgs } from '../args';
import { CliError } from '../cli-error';
import { loadBundledFonts } from '../fonts/load-bundled-fonts';
import { estimateBatchSize, formatRowIssues, registerUserFonts, renderBatch, resolveClock } from '../label-batch';
import { loadDocument } from '../load-document';
import { describeCliIssue, type CliIssue } from '../issue-lines';
import { createProgress } from '../progress/progress-bar';
import { decodeBarcodes } from '../verify/zxing-decoder';
import { measureModuleDots } from '../verify/measure-module';

export const USAGE = 'inkless verify LABEL.json [--data FILE] [--rows 2-101] [--now ISO] [--font [Family=]FILE.ttf] [--json] [--quiet]';

/** One line of the verification table. */
export interface VerifyRow {
  readonly row: number;
  readonly element: string;
  readonly symbology: string;
  readonly payload: string;
  readonly decoded: string;
  readonly moduleDots: number;
  readonly pass: boolean;
}

/** `inkless verify`: renders every label, decodes every barcode with ZXing and compares. */
export async function runVerify(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    data: { type: 'string' }, rows: { type: 'string' }, now: { type: 'string' }, font: { type: 'string', multiple: true }, json: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false },
  }, USAGE);
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new CliError('INKLESS_CLI_USAGE', `verify takes one label file\nusage: ${USAGE}`, 2);
  const doc = await loadDocument(file);
  // Verify on the label as designed (orientation 0), so element boxes are where the layout says.
  const fonts = loadBundledFonts();
  registerUserFonts(fonts, values.font ?? []);
  const compiled = compileLabel({ ...doc, label: { ...doc.label, orientation: 0 } }, { fonts });
  const total = await estimateBatchSize({ dataPath: values.data, rows: values.rows });
  const progress = createProgress({ label: 'labels', ...(total === undefined ? {} : { total }), mode: values.quiet || values.json ? 'quiet' : 'bar' });
  const table: VerifyRow[] = [];
  const problems: string[] = [];
  /** The same problems one by one ({ code, path, text, message, row }), for --json. */
  const issues: CliIssue[] = [];
  for await (const { item, result } of renderBatch(compiled, { dataPath: values.data, rows: values.rows, ...resolveClock(values.now) }, progress)) {
    if (!result.ok) {
      problems.push(...formatRowIssues(item.rowNumber, result.issues, values.data !== undefined, doc));
      issues.push(...result.issues.map((i) => describeCliIssue(i, doc, values.data !== undefined ? item.rowNumber : undefined)));
      continue;
    }
    for (const layout of compiled.layout(item.instance)) {
      if (layout.expectedScan) table.push(await verifyElement(result.value.bitmap, layout, item.rowNumber));
    }
  }
  progress.done();
  const failed = table.filter((r) => !r.pass).length + problems.length;
  if (values.json) process.stdout.write(`${JSON.stringify({ pass: failed === 0, barcodes: table, problems, issues })}\n`);
  else printTable(table, problems);
  if (table.length === 0 && problems.length === 0 && !values.json) process.stdout.write('no barcodes on this label\n');
  return failed > 0 ? 1 : 0;
}

async function verifyElement(label: Bitmap1, layout: ElementLayout, row: number): Promise<VerifyRow> {
  const expected = layout.expectedScan!;
  const crop = cropBox(label, layout.placement);
  const found = await decodeBarcodes(crop);
  const match = found.find((f) => f.text === expected.text && (!expected.symbologyIdentifier || f.symbologyIdentifier === expected.symbologyIdentifier));
  const decoded = match ?? found[0];
  const measured = measureModuleDots(crop);
  const moduleOk = measured > 0 && measured % expected.moduleDots === 0;
  return {
    row,
    element: layout.element.id ?? layout.path,
    symbology: expected.symbology,
    payload: expected.text + (expected.symbologyIdentifier ? ` ${expected.symbologyIdentifier}` : ''),
    decoded: decoded ? `${decoded.text} ${decoded.symbologyIdentifier}` : '(nothing)',
    moduleDots: measured,
    pass: match !== undefined && moduleOk,
  };
}

function cropBox(label: Bitmap1, box: { xDots: number; yDots: number; widthDots: number; heightDots: number }): Bitmap1 {
  const out = createBitmap(box.widthDots, box.heightDots);
  blit(out, label, -box.xDots, -box.yDots);
  return out;
}

function printTable(rows: VerifyRow[], problems: string[]): void {
  const header = ['row', 'element', 'symbology', 'payload', 'decoded', 'module', 'result'];
  const cells = rows.map((r) => [String(r.row), r.element, r.symbology, r.payload, r.decoded, `${r.moduleDots} dots`, r.pass ? 'PASS' : 'FAIL']);
  const widths = header.map((h, i) => Math.min(48, Math.max(h.length, ...cells.map((c) => c[i]!.length))));
  const line = (c: string[]) => c.map((v, i) => (v.length > widths[i]! ? `${v.slice(0, widths[i]! - 1)}…` : v.padEnd(widths[i]!))).join('  ');
  if (rows.length > 0) {
    process.stdout.write(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
    for (const c of cells) process.stdout.write(`${line(c)}\n`);
  }
  for (const p of problems) process.stdout.write(`FAIL ${p}\n`);
  const failed = rows.filter((r) => !r.pass).length + problems.length;
  process.stdout.write(`${rows.length} barcode(s) checked, ${failed} failed\n`);
}
