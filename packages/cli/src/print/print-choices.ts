import type { Issue, Media } from '@inkless/label';
import { confirmModes, type ConfirmMode, type PrinterProfile } from '@inkless/printers';
import { CliError } from '../cli-error';

const MEDIA_TYPES: readonly Media['type'][] = ['gap', 'mark', 'continuous'];

/** `--confirm status|written`; undefined leaves the choice to the profile (then `status`). */
export function parseConfirmOption(text: string | undefined): ConfirmMode | undefined {
  if (text === undefined) return undefined;
  if (!(confirmModes as readonly string[]).includes(text)) {
    throw new CliError('INKLESS_CLI_USAGE', `--confirm must be status (the printer answers a status query behind each label) or written (for printers that never answer), got "${text}"`, 2);
  }
  return text as ConfirmMode;
}

/** `--media gap|mark|continuous`: the document's media type replaced for this print only. */
export function parseMediaOption(text: string | undefined): Media['type'] | undefined {
  if (text === undefined) return undefined;
  if (!(MEDIA_TYPES as readonly string[]).includes(text)) throw new CliError('INKLESS_CLI_USAGE', `--media must be gap, mark or continuous, got "${text}"`, 2);
  return text as Media['type'];
}

/**
 * A label-fit issue in command-line words: a media mismatch also names `--media`, the way to print
 * the label as this printer's media without editing the file; the others say which `--profile` they
 * are about.
 */
export function explainFitIssue(issue: Issue, profile: PrinterProfile): Issue {
  if (issue.path !== 'label.media.type') return { ...issue, message: `${issue.message} (--profile ${profile.id})` };
  const flags = profile.media.map((m) => `--media ${m}`).join(' or ');
  return { ...issue, message: `${issue.message}; ${flags} does that for this print without changing the label file` };
}
