import { compileLabel, isInklessError, validateDocument, type CompiledLabel, type Issue, type LabelDocument } from '@inkless/label';
import { checkLabelFitsProfile, findProfile, suggestProfileIds, type PrinterProfile } from '@inkless/printers';
import { ApiError } from '../http/api-error';
import { loadServerFonts } from '../render/node-fonts';
import { countJobLabels, describeJobLabel, hasPerCopyVariables, type JobLabelPlan } from './print-job-labels';

/** Problems listed in full in a 422; the rest are counted in the message. */
export const MAX_LISTED_ISSUES = 20;
/** Physical labels in one job, at most: rows x copies. A bigger run is several jobs. */
export const MAX_JOB_LABELS = 100_000;

/** A problem of a print job: the engine's issue, and the data row (1-based: the first record of `rows` is row 1) when one is to blame. */
export interface PrintIssue extends Issue {
  readonly row?: number;
}

export interface PreflightInput extends JobLabelPlan {
  /** The label document as the client sent it (or as a template stores it). */
  readonly document: unknown;
  readonly profileId: string;
}

export interface PreflightedJob {
  /** Validated, migrated to the current schema, defaults filled: what is stored and printed. */
  readonly document: LabelDocument;
  readonly profile: PrinterProfile;
  readonly totalLabels: number;
}

/**
 * Everything that can be known before queueing, so a job that would print wrong is refused with
 * row numbers and field paths instead of failing at label 3,000: the document validates, the label
 * fits the printer profile (dpi, head width, length, media), every row resolves its fields and
 * passes every element's checks (barcodes valid and fitting), and the first label draws.
 */
export function preflightPrintJob(input: PreflightInput): PreflightedJob {
  const profile = findProfile(input.profileId);
  if (!profile) {
    const close = suggestProfileIds(input.profileId);
    throw new ApiError('INKLESS_API_BAD_REQUEST', `profile: no printer profile "${input.profileId}"${close.length > 0 ? `; did you mean ${close.join(', ')}?` : ''}`, { path: 'profile' });
  }
  const totalLabels = countJobLabels(input);
  if (totalLabels > MAX_JOB_LABELS) {
    throw new ApiError('INKLESS_API_BAD_REQUEST', `copies: ${input.rows.length} rows x ${input.copies} copies is ${totalLabels} labels, over the ${MAX_JOB_LABELS} a job may print; split the rows into several jobs`, { path: 'copies' });
  }
  const validated = validateDocument(input.document);
  if (!validated.ok) {
    const issues = validated.issues.slice(0, MAX_LISTED_ISSUES).map((i) => ({ ...i, path: prefixPath('document', i.path) }));
    throw new ApiError('INKLESS_TEMPLATE_INVALID', `the label document does not validate: ${summarise(issues, validated.issues.length)}`, { path: issues[0]?.path ?? 'document', issues });
  }
  const document = validated.value;
  const fit = checkLabelFitsProfile(document.label, profile);
  if (fit.length > 0) {
    const issues = fit.map((i) => ({ ...i, path: prefixPath('document', i.path) }));
    throw new ApiError('INKLESS_PRINT_PREFLIGHT', `nothing was queued: the label does not fit ${profile.name} (profile ${profile.id}): ${summarise(issues, issues.length)}`, { path: issues[0]!.path, issues });
  }
  checkRows(compile(document), document, input);
  return { document, profile, totalLabels };
}

function compile(document: LabelDocument): CompiledLabel {
  try {
    return compileLabel(document, { fonts: loadServerFonts() });
  } catch (e) {
    if (!isInklessError(e)) throw e;
    const issues = e.issues.map((i) => ({ ...i, path: prefixPath('document', i.path) }));
    throw new ApiError('INKLESS_TEMPLATE_INVALID', `the label document does not compile: ${summarise(issues, issues.length)}`, { path: issues[0]?.path ?? 'document', issues });
  }
}

/** Checks every row (every copy when serials count copies), then draws the first label. */
function checkRows(compiled: CompiledLabel, document: LabelDocument, plan: JobLabelPlan): void {
  const issues: PrintIssue[] = [];
  let problemRows = 0;
  const withRows = plan.rows.length > 0;
  const checksPerRow = hasPerCopyVariables(document) ? plan.copies : 1;
  for (let r = 0; r < Math.max(1, plan.rows.length); r++) {
    for (let copy = 0; copy < checksPerRow; copy++) {
      const found = compiled.check(describeJobLabel(plan, r * plan.copies + copy).instance);
      if (found.length === 0) continue;
      problemRows++;
      for (const issue of found) if (issues.length < MAX_LISTED_ISSUES) issues.push(inRow(issue, withRows ? r + 1 : undefined));
      break;
    }
  }
  if (problemRows === 0) {
    const first = compiled.render(describeJobLabel(plan, 0).instance);
    if (first.ok) return;
    problemRows = 1;
    issues.push(...first.issues.slice(0, MAX_LISTED_ISSUES).map((i) => inRow(i, withRows ? 1 : undefined)));
  }
  const what = withRows ? `${problemRows} of ${plan.rows.length} row(s) would not print correctly` : 'the label would not print correctly';
  const listedRows = new Set(issues.map((i) => i.row)).size;
  const more = problemRows > listedRows ? ` (${problemRows - listedRows} more row(s) have problems)` : '';
  throw new ApiError('INKLESS_PRINT_PREFLIGHT', `nothing was queued: ${what}; fix them and send the job again: ${summarise(issues, issues.length)}${more}`, {
    path: issues[0]?.row === undefined ? (issues[0]?.path ?? 'document') : `rows[${issues[0].row - 1}]`,
    issues,
  });
}

/** An engine issue of one data row (or of the label without data), its path within the request body. */
function inRow(issue: Issue, row: number | undefined): PrintIssue {
  return { ...issue, path: prefixPath('document', issue.path), ...(row === undefined ? {} : { row }) };
}

/** `row 3: document.elements[1].data: EAN-13 needs 12 or 13 digits; ...` for the message (the issues carry the same). */
function summarise(issues: readonly PrintIssue[], total: number): string {
  const shown = issues.slice(0, 3).map((i) => `${i.row === undefined ? '' : `row ${i.row}: `}${i.path ? `${i.path}: ` : ''}${i.message}`);
  return `${shown.join('; ')}${total > shown.length ? ` (and ${total - shown.length} more)` : ''}`;
}

function prefixPath(prefix: string, path: string): string {
  if (!path) return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}
