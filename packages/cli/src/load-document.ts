import { documentLimits, formatIssue, parseDocument, type LabelDocument } from '@inkless/label';
import { CliError } from './cli-error';
import { readBoundedFile } from './read-bounded-file';

/** Reads and validates a label file; problems are listed with the file name and field path. */
export async function loadDocument(path: string): Promise<LabelDocument> {
  // Refused by size before reading: the engine would refuse the text anyway, after it was all in memory.
  const text = new TextDecoder().decode(readBoundedFile(path, { maxBytes: documentLimits.maxJsonBytes, what: 'a label document', failure: 'cannot read' }));
  const result = parseDocument(text);
  if (!result.ok) {
    const lines = result.issues.map((i) => `  ${formatIssue(i)} (${i.code})`).join('\n');
    throw new CliError('INKLESS_CLI_FILE', `${path} is not a valid label:\n${lines}`, 2);
  }
  return result.value;
}

/** Overrides the label's dpi (e.g. to preview a 203 dpi design at 300 dpi). */
export function withDpi(doc: LabelDocument, dpi: number | undefined): LabelDocument {
  if (dpi === undefined) return doc;
  if (dpi !== 203 && dpi !== 300 && dpi !== 600) throw new CliError('INKLESS_CLI_USAGE', `--dpi must be 203, 300 or 600, got ${dpi}`, 2);
  return { ...doc, label: { ...doc.label, dpi } };
}
