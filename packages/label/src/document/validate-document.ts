import { z } from 'zod';
import { findElementKind, elementKinds } from '../elements/registry';
import { fail, joinPath, ok, type Issue, type Result } from '../errors/issue';
import { mmToDots } from '../units';
import { parseTemplateTree } from '../variables/template-tree';
import { variableDefSchema } from '../variables/variable-defs';
import type { LabelDocument, LabelElement } from './label-document';
import { labelSetupSchema } from './label-setup';
import { documentLimits } from './limits';
import { migrateDocument } from './migrations';
import { checkRawShape } from './raw-shape-check';
import { parseWithIssues } from './zod-issues';

const VARIABLE_NAME = /^[\p{L}_][\p{L}\p{N}_ .-]{0,63}$/u;

const documentShell = z.strictObject({
  schemaVersion: z.number(),
  name: z.string().max(200).optional(),
  label: labelSetupSchema,
  variables: z.record(z.string(), z.unknown()).default({}),
  elements: z.array(z.unknown()),
});

/**
 * Checks any value claiming to be a label document, migrates it to the current schema and fills
 * defaults. Every entry point (CLI, server, studio) calls this; issues name the exact field.
 *
 * @example
 * const r = validateDocument(JSON.parse(text));
 * if (!r.ok) console.error(r.issues.map(formatIssue).join('\n'));
 */
export function validateDocument(input: unknown): Result<LabelDocument> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail([{ code: 'INKLESS_DOC_INVALID', path: '', message: 'a label document must be a JSON object' }]);
  }
  const shapeIssues = checkRawShape(input);
  if (shapeIssues.length > 0) return fail(shapeIssues);
  const migrated = migrateDocument(input as Record<string, unknown>);
  if (!migrated.ok) return fail(migrated.issues);

  const shell = parseWithIssues(documentShell, migrated.doc, '');
  if (!shell.ok) return fail(shell.issues);
  const { label, variables: rawVariables, elements: rawElements } = shell.value;
  const issues: Issue[] = [];

  const labelDots = mmToDots(label.widthMm, label.dpi) * mmToDots(label.heightMm, label.dpi);
  if (labelDots > documentLimits.maxLabelDots) {
    issues.push({ code: 'INKLESS_DOC_TOO_LARGE', path: 'label', message: `${label.widthMm} x ${label.heightMm} mm at ${label.dpi} dpi is ${labelDots} dots, over the limit of ${documentLimits.maxLabelDots}` });
  }

  const variables = validateVariables(rawVariables, issues);
  const elements: LabelElement[] = [];
  rawElements.forEach((raw, index) => {
    const element = validateElement(raw, joinPath('elements', index), label.dpi, issues);
    if (element) elements.push(element);
  });
  if (issues.length > 0) return fail(issues);
  return ok({ schemaVersion: shell.value.schemaVersion, ...(shell.value.name === undefined ? {} : { name: shell.value.name }), label, variables, elements });
}

function validateVariables(raw: Record<string, unknown>, issues: Issue[]): LabelDocument['variables'] {
  const out: Record<string, z.output<typeof variableDefSchema>> = {};
  const names = Object.keys(raw);
  if (names.length > documentLimits.maxVariables) {
    issues.push({ code: 'INKLESS_DOC_TOO_LARGE', path: 'variables', message: `at most ${documentLimits.maxVariables} variables` });
    return out;
  }
  for (const name of names) {
    const path = joinPath('variables', name);
    if (!VARIABLE_NAME.test(name)) {
      issues.push({ code: 'INKLESS_VAR_UNKNOWN', path, message: 'a variable name starts with a letter or _ and has at most 64 letters, digits, spaces, _ . or -' });
      continue;
    }
    const parsed = parseWithIssues(variableDefSchema, raw[name], path);
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((i) => ({ ...i, code: 'INKLESS_VAR_UNKNOWN' })));
      continue;
    }
    out[name] = parsed.value;
  }
  return out;
}

function validateElement(raw: unknown, path: string, dpi: number, issues: Issue[]): LabelElement | undefined {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  const kind = typeof type === 'string' ? findElementKind(type) : undefined;
  if (!kind) {
    const known = [...elementKinds.keys()].join(', ');
    const what = typeof type === 'string' ? `unknown element type "${type}"` : 'an element needs a "type"';
    issues.push({ code: 'INKLESS_DOC_INVALID', path: joinPath(path, 'type'), message: `${what} (one of: ${known})` });
    return undefined;
  }
  const parsed = parseWithIssues(kind.schema, raw, path);
  if (!parsed.ok) {
    issues.push(...parsed.issues);
    return undefined;
  }
  const element = parsed.value as LabelElement;
  const boxDots = mmToDots(element.widthMm, dpi) * mmToDots(element.heightMm, dpi);
  if (boxDots > documentLimits.maxElementDots) {
    issues.push({ code: 'INKLESS_DOC_TOO_LARGE', path, message: `the element's box is ${boxDots} dots at ${dpi} dpi, over the limit of ${documentLimits.maxElementDots}` });
  }
  for (const field of kind.templatedFields) {
    const parsed = parseTemplateTree(element[field]);
    if (parsed && !parsed.ok) issues.push({ code: 'INKLESS_VAR_SYNTAX', path: joinPath(path, field) + parsed.where, message: parsed.message });
  }
  return element;
}

/** Parses JSON text (with a size limit and a line:column on syntax errors) and validates it. */
export function parseDocument(text: string): Result<LabelDocument> {
  if (text.length > documentLimits.maxJsonBytes) {
    return fail([{ code: 'INKLESS_DOC_TOO_LARGE', path: '', message: `the document is over ${documentLimits.maxJsonBytes} bytes` }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail([{ code: 'INKLESS_DOC_NOT_JSON', path: '', message: describeJsonError(text, e) }]);
  }
  return validateDocument(value);
}

function describeJsonError(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const match = /position (\d+)/.exec(message);
  if (!match) return `not valid JSON: ${message}`;
  const pos = Number(match[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}`;
}
