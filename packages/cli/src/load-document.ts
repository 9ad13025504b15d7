import { documentLimits, parseDocument, type LabelDocument } from '@inkless/label';
import { CliError } from './cli-error';
import { describeCliIssue, formatIssueLines } from './issue-lines';
import { readBoundedFile } from './read-bounded-file';

/**
 * Reads and validates a label file; problems are listed in plain words naming the element, each
 * with its field path and code on the line under it (and one by one for `--json`).
 */
export async function loadDocument(path: string): Promise<LabelDocument> {
  // Refused by size before reading: the engine would refuse the text anyway, after it was all in memory.
  const text = new TextDecoder().decode(readBoundedFile(path, { maxBytes: documentLimits.maxJsonBytes, what: 'a label document', failure: 'cannot read' }));
  const result = parseDocument(text);
  if (!result.ok) {
    const named = readLooseDocument(text);
    const lines = result.issues.flatMap((i) => formatIssueLines(i, named)).map((line) => `  ${line}`).join('\n');
    throw new CliError('INKLESS_CLI_FILE', `${path} is not a valid label:\n${lines}`, 2, { issues: result.issues.map((i) => describeCliIssue(i, named)) });
  }
  return result.value;
}

/** The file as JSON, only to name its elements in messages (it did not validate); undefined if not even JSON. */
function readLooseDocument(text: string): LabelDocument | undefined {
  try {
    const value: unknown = JSON.parse(text);
    const elements = (value as { elements?: unknown } | null)?.elements;
    return Array.isArray(elements) ? ({ ...(value as object), elements: elements.map((e) => (e !== null && typeof e === 'object' ? e : {})) } as unknown as LabelDocument) : undefined;
  } catch {
    return undefined;
  }
}

/** Overrides the label's dpi (e.g. to preview a 203 dpi design at 300 dpi). */
export function withDpi(doc: LabelDocument, dpi: number | undefined): LabelDocument {
  if (dpi === undefined) return doc;
  if (dpi !== 203 && dpi !== 300 && dpi !== 600) throw new CliError('INKLESS_CLI_USAGE', `--dpi must be 203, 300 or 600, got ${dpi}`, 2);
  return { ...doc, label: { ...doc.label, dpi } };
}
