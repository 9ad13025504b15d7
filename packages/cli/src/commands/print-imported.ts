import { drivers, getProfile, resolveConfirmMode, type ConfirmMode, type Transport } from '@inkless/printers';
import { parsePositiveInt } from '../args';
import { CliError } from '../cli-error';
import { loadBundledFonts } from '../fonts/load-bundled-fonts';
import { checkImportedLabels, importedLabelSetup, importedPrintLabels } from '../import/imported-job';
import { readImportFile } from '../import/import-file';
import { checkStockFitsProfile, parseImportChoices } from '../import/import-options';
import { openImportedSource, type ImportKind } from '../import/imported-source';
import { createProgress } from '../progress/progress-bar';
import { sayConfirmed } from '../print/confirm-words';
import { parseConfirmOption, parseMediaOption } from '../print/print-choices';
import { defaultJournalPath, fingerprintJob, openJournal, removeJournal } from '../print/print-journal';
import { streamPrintJob } from '../print/stream-print-job';
import { buildJobOptions, resolveResume, type PrintDeps, type PrintValues } from './print-command';

/** The options `inkless print` parsed, as an imported file reads them. */
export type ImportedPrintValues = PrintValues & {
  printer?: string | undefined; profile?: string | undefined; copies?: string | undefined; resume?: boolean | undefined; journal?: string | undefined;
  confirm?: string | undefined; media?: string | undefined; quiet?: boolean | undefined; json?: boolean | undefined;
  data?: string | undefined; rows?: string | undefined; 'quantity-column'?: string | undefined; now?: string | undefined; font?: string[] | undefined;
  pages?: string | undefined; region?: string | undefined; rotate?: string | undefined; fit?: string | undefined; label?: string | undefined; 'zpl-dpi'?: string | undefined; force?: boolean | undefined;
};

/**
 * `inkless print FILE` for a PDF, a picture or ZPL: every label is made and its barcodes checked
 * (all pages) before a byte is sent; then the labels stream through the print loop one at a time,
 * with the journal and --resume as for label documents. Nothing is printed when a check fails,
 * unless --force (said on stderr).
 */
export async function printImported(file: string, kind: ImportKind, values: ImportedPrintValues, deps: PrintDeps): Promise<number> {
  for (const option of ['data', 'rows', 'quantity-column', 'now', 'font'] as const) {
    if (values[option] !== undefined) throw new CliError('INKLESS_CLI_USAGE', `--${option} is for label documents; ${file} is ${kind === 'zpl' ? 'ZPL' : kind === 'pdf' ? 'a PDF' : 'a picture'}`, 2);
  }
  const copies = parsePositiveInt(values.copies, 'copies', 1);
  const requestedConfirm = parseConfirmOption(values.confirm);
  const media = parseMediaOption(values.media);
  const profile = getProfile(values.profile!, '--profile');
  const choices = parseImportChoices(values);
  // ZPL says its own size (^PW, ^LL); the stock is checked for pages, and for ZPL when given.
  if (kind !== 'zpl' || values.label !== undefined) checkStockFitsProfile(choices.stock, profile);
  const bytes = readImportFile(file);
  const source = await openImportedSource(kind, bytes, { choices, dpi: profile.dpi, fonts: loadBundledFonts() });
  try {
    for (const line of source.notices) warn(values, line);
    const checked = await checkImportedLabels(source, { force: choices.force, copies, profile });
    for (const line of checked.warnings) process.stderr.write(`warning: ${line}\n`);

    const label = importedLabelSetup(checked, profile, media);
    const options = buildJobOptions(label, profile, values);
    const totalLabels = checked.totalLabels;
    const journalPath = values.journal ?? defaultJournalPath(file);
    const fingerprint = await fingerprintJob({ labelPath: file, rows: importFingerprint(values), copies, profile: profile.id, media, totalLabels });
    const { skipLabels, earlier } = await resolveResume(journalPath, fingerprint, values.resume === true);
    if (skipLabels >= totalLabels) {
      await removeJournal(journalPath);
      say(values, `all ${totalLabels} label(s) were already ${sayConfirmed(earlier)}; nothing to do`);
      return 0;
    }

    const driver = drivers[profile.language];
    const transport: Transport = await deps.openTransport(values.printer!);
    const confirm = resolveConfirmMode({ requested: requestedConfirm, profile, driver, transport });
    if (requestedConfirm === 'status' && confirm.mode !== 'status') {
      throw new CliError('INKLESS_CLI_USAGE', `--confirm status cannot work here: ${confirm.reason}, so labels can only count as written; leave out --confirm or use --confirm written`, 2);
    }
    await transport.open();
    let journal;
    try {
      journal = await openJournal(journalPath, { fingerprint, printer: transport.description, confirmedLabels: skipLabels, confirm: confirm.mode });
    } catch (e) {
      await transport.close().catch(() => undefined);
      throw e;
    }
    const progress = createProgress({ label: 'labels', total: totalLabels - skipLabels, mode: values.quiet ? 'quiet' : values.json ? 'json' : 'bar' });
    const { labels, draw } = importedPrintLabels(source, checked, { force: choices.force, copies });
    const started = performance.now();
    let result;
    try {
      result = await streamPrintJob({
        draw, driver, transport, options, confirm: confirm.mode, labels, totalLabels, skipLabels, perCopy: false, progress,
        onConfirmed: (n) => journal.confirm(n),
        onStatus: (status, n) => warn(values, `after label ${n} the printer reports ${status.problems.join(', ')}`),
      });
    } finally {
      progress.done();
      await journal.close().catch(() => undefined);
      await transport.close().catch(() => undefined);
    }
    await removeJournal(journalPath);
    reportPrinted(values, { sent: result.sent, confirm: result.confirm, skipLabels, totalLabels, seconds: (performance.now() - started) / 1000, printer: transport.description, reason: requestedConfirm === 'written' ? '--confirm written' : confirm.reason, forced: checked.warnings.length });
    return 0;
  } finally {
    source.close();
  }
}

/** The choices that change which labels a file makes: a --resume with other choices is another job. */
function importFingerprint(values: ImportedPrintValues): string {
  return JSON.stringify([values.pages, values.region, values.rotate, values.fit, values.label, values['zpl-dpi']].map((v) => v ?? ''));
}

function reportPrinted(values: ImportedPrintValues, r: { sent: number; confirm: ConfirmMode; skipLabels: number; totalLabels: number; seconds: number; printer: string; reason: string | undefined; forced: number }): void {
  const rate = r.seconds > 0 ? Math.round((r.sent / r.seconds) * 10) / 10 : 0;
  const confirmedByPrinter = r.confirm === 'status';
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ printed: r.sent, skipped: r.skipLabels, total: r.totalLabels, confirm: r.confirm, confirmedByPrinter, forcedBarcodeChecks: r.forced, seconds: Math.round(r.seconds * 100) / 100, labelsPerSecond: rate })}\n`);
    return;
  }
  const how = confirmedByPrinter ? ', each confirmed by the printer' : `; written, not confirmed by the printer (${r.reason})`;
  say(values, `printed ${r.sent} label(s)${r.skipLabels ? ` (labels 1-${r.skipLabels} were already ${sayConfirmed(r.confirm)})` : ''} to ${r.printer} in ${r.seconds.toFixed(1)} s (${rate} labels/s)${how}`);
}

function warn(values: { quiet?: boolean | undefined }, line: string): void {
  if (!values.quiet) process.stderr.write(`warning: ${line}\n`);
}

function say(values: { quiet?: boolean | undefined; json?: boolean | undefined }, line: string): void {
  if (!values.quiet && !values.json) process.stdout.write(`${line}\n`);
}
