import { compileLabel, InklessError, type LabelSetup } from '@inkless/label';
import { buildLabelJobOptions, checkLabelFitsProfile, drivers, getProfile, resolveConfirmMode, withMediaType, type ConfirmMode, type JobOptions, type PrinterProfile, type Transport } from '@inkless/printers';
import { parseCommandArgs, parsePositiveInt } from '../args';
import { CliError } from '../cli-error';
import { loadBundledFonts } from '../fonts/load-bundled-fonts';
import { iterateBatch, registerUserFonts, resolveClock, type BatchOptions } from '../label-batch';
import { loadDocument } from '../load-document';
import { createProgress } from '../progress/progress-bar';
import { sayConfirmed } from '../print/confirm-words';
import { preflightRows } from '../print/preflight';
import { explainFitIssue, parseConfirmOption, parseMediaOption } from '../print/print-choices';
import { expandPrintLabels, hasPerCopyVariables, type CopyPlan } from '../print/print-labels';
import { compareFingerprints, defaultJournalPath, fingerprintJob, openJournal, readJournal, removeJournal } from '../print/print-journal';
import { streamPrintJob } from '../print/stream-print-job';
import { hasImportChoices, IMPORT_OPTION_SPECS, IMPORT_USAGE } from '../import/import-options';
import { sniffFileKind } from '../import/import-file';

export const USAGE = 'inkless print LABEL.json|FILE.pdf|PICTURE|FILE.zpl --printer tcp://HOST:PORT|serial:///dev/X|cups://QUEUE|file://PATH --profile ID [--data FILE] [--copies N] [--rows 10-200] [--quantity-column COL] [--resume] [--journal PATH] [--confirm status|written] [--media gap|mark|continuous] [--density 0-15] [--speed IPS] [--shift-x MM] [--shift-y MM] [--finish tear|peel|cut] [--upside-down] [--mirror] [--now ISO] [--font [Family=]FILE.ttf] [--quiet] [--json]\n'
  + `  PDF, picture (PNG, JPEG, GIF, BMP, TIFF, WebP) or ZPL, told apart by content: ${IMPORT_USAGE}\n`
  + '  Every barcode is checked before anything is sent (page by page); a symbol lost or changed stops the print unless --force.';

/** What the command needs from the outside world; tests pass a fake transport. */
export interface PrintDeps {
  openTransport(uri: string): Transport | Promise<Transport>;
}

const defaultDeps: PrintDeps = {
  openTransport: async (uri) => (await import('@inkless/printers/node')).openTransport(uri),
};

/**
 * `inkless print`: preflight every row, then stream labels to a printer with back-pressure,
 * confirming them by status query and journaling the last confirmed label so `--resume` continues
 * where a lost printer stopped, printing no label twice that was confirmed.
 * `--confirm written` (or a profile that says so) is for one-way printers: a label then counts as
 * confirmed once its bytes are written, and every message says "written (not confirmed by the printer)".
 * `--media` prints the label as other media (a gap label on receipt paper) without editing the file.
 */
export async function runPrint(args: string[], deps: PrintDeps = defaultDeps): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    printer: { type: 'string' }, profile: { type: 'string' }, data: { type: 'string' }, copies: { type: 'string' }, rows: { type: 'string' },
    'quantity-column': { type: 'string' }, resume: { type: 'boolean', default: false }, journal: { type: 'string' },
    confirm: { type: 'string' }, media: { type: 'string' },
    density: { type: 'string' }, speed: { type: 'string' }, 'shift-x': { type: 'string' }, 'shift-y': { type: 'string' },
    finish: { type: 'string' }, 'upside-down': { type: 'boolean', default: false }, mirror: { type: 'boolean', default: false },
    now: { type: 'string' }, font: { type: 'string', multiple: true }, quiet: { type: 'boolean', default: false }, json: { type: 'boolean', default: false },
    ...IMPORT_OPTION_SPECS,
  }, USAGE);
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new CliError('INKLESS_CLI_USAGE', `print takes one label file\nusage: ${USAGE}`, 2);
  if (!values.printer) throw new CliError('INKLESS_CLI_USAGE', `print needs --printer, e.g. --printer tcp://192.0.2.7:9100\nusage: ${USAGE}`, 2);
  if (!values.profile) throw new CliError('INKLESS_CLI_USAGE', `print needs --profile, e.g. --profile generic-tspl-203 (\`inkless printers\` lists them)\nusage: ${USAGE}`, 2);
  // A PDF, picture or ZPL file takes the import path; a label document the one below.
  const kind = sniffFileKind(file);
  if (kind !== 'label-json') return (await import('./print-imported')).printImported(file, kind, values, deps);
  if (hasImportChoices(values)) throw new CliError('INKLESS_CLI_USAGE', `--pages, --region, --rotate, --fit, --label, --zpl-dpi and --force are for PDF, picture and ZPL files; ${file} is a label document`, 2);
  if (values['quantity-column'] !== undefined && values.data === undefined) throw new CliError('INKLESS_CLI_USAGE', '--quantity-column needs --data', 2);
  const plan: CopyPlan = { copies: parsePositiveInt(values.copies, 'copies', 1), ...(values['quantity-column'] === undefined ? {} : { quantityColumn: values['quantity-column'] }) };
  const requestedConfirm = parseConfirmOption(values.confirm);
  const media = parseMediaOption(values.media);

  const doc = await loadDocument(file);
  const profile = getProfile(values.profile, '--profile');
  const label = media === undefined ? doc.label : withMediaType(doc.label, media);
  const fit = checkLabelFitsProfile(label, profile);
  if (fit.length > 0) throw InklessError.fromIssues(fit.map((i) => explainFitIssue(i, profile)));
  const options = buildJobOptions(label, profile, values);
  const fonts = loadBundledFonts();
  registerUserFonts(fonts, values.font ?? []);
  const compiled = compileLabel(doc, { fonts });
  const batch: BatchOptions = { dataPath: values.data, rows: values.rows, ...resolveClock(values.now) };
  const perCopy = hasPerCopyVariables(doc);

  const { totalLabels } = await preflightRows(compiled, iterateBatch(batch), plan, { perCopy, withRows: values.data !== undefined, doc });
  const journalPath = values.journal ?? defaultJournalPath(file);
  const fingerprint = await fingerprintJob({ labelPath: file, dataPath: values.data, rows: values.rows, copies: plan.copies, quantityColumn: plan.quantityColumn, profile: profile.id, media, totalLabels });
  const { skipLabels, earlier } = await resolveResume(journalPath, fingerprint, values.resume);
  if (skipLabels >= totalLabels) {
    await removeJournal(journalPath);
    say(values, `all ${totalLabels} label(s) were already ${sayConfirmed(earlier)}; nothing to do`);
    return 0;
  }

  const driver = drivers[profile.language];
  const transport = await deps.openTransport(values.printer);
  const confirm = resolveConfirmMode({ requested: requestedConfirm, profile, driver, transport });
  if (requestedConfirm === 'status' && confirm.mode !== 'status') {
    throw new CliError('INKLESS_CLI_USAGE', `--confirm status cannot work here: ${confirm.reason}, so labels can only count as written; leave out --confirm or use --confirm written`, 2);
  }
  await transport.open();
  // Written before the first byte, so even a crash before the first confirmation leaves a job to --resume.
  let journal;
  try {
    journal = await openJournal(journalPath, { fingerprint, printer: transport.description, confirmedLabels: skipLabels, confirm: confirm.mode });
  } catch (e) {
    await transport.close().catch(() => undefined);
    throw e;
  }
  const progress = createProgress({ label: 'labels', total: totalLabels - skipLabels, mode: values.quiet ? 'quiet' : values.json ? 'json' : 'bar' });
  const started = performance.now();
  let result;
  try {
    result = await streamPrintJob({
      compiled, doc, driver, transport, options, confirm: confirm.mode, labels: expandPrintLabels(iterateBatch(batch), plan), totalLabels, skipLabels, perCopy, progress,
      onConfirmed: (confirmedLabels) => journal.confirm(confirmedLabels),
      onStatus: (status, n) => { if (!values.quiet) process.stderr.write(`\nwarning: after label ${n} the printer reports ${status.problems.join(', ')}\n`); },
    });
  } finally {
    progress.done();
    await journal.close().catch(() => undefined);
    await transport.close().catch(() => undefined);
  }
  await removeJournal(journalPath);
  const seconds = (performance.now() - started) / 1000;
  const rate = seconds > 0 ? Math.round((result.sent / seconds) * 10) / 10 : 0;
  const confirmedByPrinter = result.confirm === 'status';
  if (values.json) process.stdout.write(`${JSON.stringify({ printed: result.sent, skipped: skipLabels, total: totalLabels, confirm: result.confirm, confirmedByPrinter, seconds: Math.round(seconds * 100) / 100, labelsPerSecond: rate })}\n`);
  else {
    const how = confirmedByPrinter ? ', each confirmed by the printer' : `; written, not confirmed by the printer (${requestedConfirm === 'written' ? '--confirm written' : confirm.reason})`;
    say(values, `printed ${result.sent} label(s)${skipLabels ? ` (labels 1-${skipLabels} were already ${sayConfirmed(earlier)})` : ''} to ${transport.description} in ${seconds.toFixed(1)} s (${rate} labels/s)${how}`);
  }
  return 0;
}

/**
 * How many labels an earlier run confirmed and what that meant (`earlier`); refuses to start over a
 * journal or resume a different job.
 */
export async function resolveResume(journalPath: string, fingerprint: Awaited<ReturnType<typeof fingerprintJob>>, resume: boolean): Promise<{ skipLabels: number; earlier: ConfirmMode }> {
  const journal = await readJournal(journalPath);
  if (!resume) {
    if (journal === undefined) return { skipLabels: 0, earlier: 'status' };
    throw new CliError('INKLESS_CLI_PRINT_JOURNAL', `an unfinished print job left ${journalPath} (${journal.confirmedLabels} of ${journal.fingerprint.totalLabels} labels ${sayConfirmed(journal.confirm)} on ${journal.printer}); run again with --resume to continue from label ${journal.confirmedLabels + 1}, or delete the journal to print everything again`, 2);
  }
  if (journal === undefined) throw new CliError('INKLESS_CLI_PRINT_JOURNAL', `nothing to resume: there is no print journal ${journalPath}; run without --resume to print the whole job`, 2);
  const differences = compareFingerprints(journal.fingerprint, fingerprint);
  if (differences.length > 0) {
    throw new CliError('INKLESS_CLI_PRINT_JOURNAL', `cannot resume: this is not the job in ${journalPath} (${differences.join(', ')}); run the same command as before, or delete the journal to print everything again`, 2);
  }
  return { skipLabels: journal.confirmedLabels, earlier: journal.confirm };
}

export type PrintValues = { density?: string; speed?: string; 'shift-x'?: string; 'shift-y'?: string; finish?: string; 'upside-down'?: boolean; mirror?: boolean };

/** The driver's job options: the label's size after orientation, the profile's head, the user's settings. */
export function buildJobOptions(label: LabelSetup, profile: PrinterProfile, values: PrintValues): JobOptions {
  const density = parseNumber(values.density, 'density', { min: 0, max: 15, integer: true });
  const speed = parseNumber(values.speed, 'speed', { min: 1, max: 14 });
  const shiftX = parseNumber(values['shift-x'], 'shift-x', { min: -50, max: 50 });
  const shiftY = parseNumber(values['shift-y'], 'shift-y', { min: -50, max: 50 });
  const finish = parseFinish(values.finish, profile);
  return {
    ...buildLabelJobOptions(label, profile),
    ...(density === undefined ? {} : { density }),
    ...(speed === undefined ? {} : { speedIps: speed }),
    ...(shiftX === undefined ? {} : { shiftXMm: shiftX }),
    ...(shiftY === undefined ? {} : { shiftYMm: shiftY }),
    ...(finish === undefined ? {} : { finish }),
    ...(values['upside-down'] ? { rotate180: true } : {}),
    ...(values.mirror ? { mirror: true } : {}),
  };
}

/** `--finish tear|peel|cut`, only where the printer can do it. */
function parseFinish(text: string | undefined, profile: PrinterProfile): 'tear' | 'peel' | 'cut' | undefined {
  if (text === undefined) return undefined;
  if (text !== 'tear' && text !== 'peel' && text !== 'cut') throw new CliError('INKLESS_CLI_USAGE', `--finish must be tear, peel or cut, got "${text}"`, 2);
  if (!profile.finish.includes(text)) {
    throw new CliError('INKLESS_CLI_USAGE', `--finish ${text}: ${profile.name} (${profile.id}) can ${profile.finish.length ? profile.finish.join(' or ') : 'not tear, peel or cut'}`, 2);
  }
  return text;
}

function parseNumber(text: string | undefined, name: string, range: { min: number; max: number; integer?: boolean }): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < range.min || n > range.max || (range.integer && !Number.isInteger(n))) {
    throw new CliError('INKLESS_CLI_USAGE', `--${name} must be ${range.integer ? 'a whole number' : 'a number'} from ${range.min} to ${range.max}, got "${text}"`, 2);
  }
  return n;
}

function say(values: { quiet?: boolean; json?: boolean }, line: string): void {
  if (!values.quiet && !values.json) process.stdout.write(`${line}\n`);
}
