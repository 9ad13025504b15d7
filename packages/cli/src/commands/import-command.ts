import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import type { LabelDocument } from '@inkless/label';
import { bitmapDocument } from '@inkless/import';
import { getProfile } from '@inkless/printers';
import { parseCommandArgs, parsePositiveInt } from '../args';
import { CliError } from '../cli-error';
import { loadBundledFonts } from '../fonts/load-bundled-fonts';
import { readImportFile, sniffFileKind } from '../import/import-file';
import { checkStockFitsProfile, IMPORT_OPTION_SPECS, IMPORT_USAGE, parseImportChoices } from '../import/import-options';
import { openImportedSource, type ImportedLabel } from '../import/imported-source';
import { ensureFolder } from '../output-path';

export const USAGE = `inkless import FILE.pdf|PICTURE|FILE.zpl [--out label.json] [--profile ID | --dpi 203|300|600] ${IMPORT_USAGE} [--quiet] [--json]\n`
  + '  writes the editable label document: ZPL as text, barcodes, boxes and pictures; a PDF page or picture as one picture of the label as printed.\n'
  + '  Several labels go to label-1.json, label-2.json... Open them in the studio, or print them with inkless print label.json.';

/**
 * `inkless import`: a PDF, picture or ZPL file as Inkless label documents. ZPL keeps its fields
 * (the interpreter's document); a page becomes `bitmapDocument` of the label as printed, so it
 * prints dot for dot. The barcode check runs as for print (`--force` to write anyway).
 */
export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string' }, profile: { type: 'string' }, dpi: { type: 'string' },
    quiet: { type: 'boolean', default: false }, json: { type: 'boolean', default: false },
    ...IMPORT_OPTION_SPECS,
  }, USAGE);
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new CliError('INKLESS_CLI_USAGE', `import takes one file\nusage: ${USAGE}`, 2);
  const kind = sniffFileKind(file);
  if (kind === 'label-json') throw new CliError('INKLESS_CLI_USAGE', `${file} is already a label document; open it in the studio or print it`, 2);
  const profile = values.profile === undefined ? undefined : getProfile(values.profile, '--profile');
  const dpi = profile?.dpi ?? parsePositiveInt(values.dpi, 'dpi', 203);
  if (dpi !== 203 && dpi !== 300 && dpi !== 600) throw new CliError('INKLESS_CLI_USAGE', `--dpi must be 203, 300 or 600, got ${dpi}`, 2);
  const choices = parseImportChoices(values);
  if (profile && (kind !== 'zpl' || values.label !== undefined)) checkStockFitsProfile(choices.stock, profile);
  const stem = basename(file, extname(file));
  const source = await openImportedSource(kind, readImportFile(file), { choices, dpi, fonts: loadBundledFonts() });
  const documents: LabelDocument[] = [];
  try {
    for (const line of source.notices) if (!values.quiet) process.stderr.write(`warning: ${line}\n`);
    for await (const label of source.labels(choices.force)) {
      if (label.barcodes && !label.barcodes.ok) process.stderr.write(`warning: label ${label.labelNumber} (page ${label.pageNumber}): barcode check failed; imported anyway because of --force\n`);
      documents.push(documentOf(label, stem, dpi));
    }
  } finally {
    source.close();
  }
  if (documents.length === 0) throw new CliError('INKLESS_CLI_USAGE', `${file} has no label in it`, 2);
  const out = values.out ?? `${stem}.json`;
  if (dirname(out) !== '.') await ensureFolder(dirname(out));
  const base = extname(out).toLowerCase() === '.json' ? out.slice(0, -5) : out;
  const written: string[] = [];
  for (const [i, doc] of documents.entries()) {
    const path = documents.length === 1 ? (extname(out) ? out : `${out}.json`) : `${base}-${i + 1}.json`;
    try {
      await writeFile(path, `${JSON.stringify(doc, null, 2)}\n`);
    } catch (e) {
      throw new CliError('INKLESS_CLI_FILE', `cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 2);
    }
    written.push(path);
  }
  if (values.json) process.stdout.write(`${JSON.stringify({ imported: documents.length, files: written })}\n`);
  else if (!values.quiet) process.stdout.write(`imported ${documents.length} label(s) -> ${written.length === 1 ? written[0] : `${written[0]} ... ${written.at(-1)}`}\n`);
  return 0;
}

/** ZPL: the interpreter's document (at the dpi asked for, its sizes in mm unchanged); a page: its label as printed. */
function documentOf(label: ImportedLabel, stem: string, dpi: number): LabelDocument {
  if (label.document) return label.document.label.dpi === dpi ? label.document : { ...label.document, label: { ...label.document.label, dpi: dpi as LabelDocument['label']['dpi'] } };
  return bitmapDocument(label.bitmap, { name: `${stem}, page ${label.pageNumber}${label.labelNumber > 1 ? ` (label ${label.labelNumber})` : ''}`, dpi });
}
