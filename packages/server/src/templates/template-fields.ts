import { PRINTER_LANGUAGES } from '@inkless/printers';
import { z } from 'zod';

/** Tags on one template; a few are useful for filtering, hundreds are spam. */
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

/** A NUL cannot be stored in PostgreSQL text, and a lone surrogate is not text at all: both are refused, not a 500. */
const UNSTORABLE = /[\u0000]|\p{Cs}/u;

/** True when PostgreSQL can store the string as it is (no NUL, no lone UTF-16 surrogate). */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** Free text as users type it, stored and returned verbatim (never as HTML), up to `max` characters. */
export function textField(what: string, max: number) {
  return z.string({ error: `${what} must be text` })
    .max(max, { error: `${what} is at most ${max} characters` })
    .refine(isStorableText, { error: `${what} holds a NUL or a broken character; remove it` });
}

export const nameField = textField('name', 200).trim().min(1, { error: 'give the template a name' });
export const descriptionField = textField('description', 2000);
/** A folder path such as `Shipping/Outgoing`; '' is the top level. */
export const folderField = textField('folder', 200).trim();
export const tagsField = z.array(textField('a tag', MAX_TAG_LENGTH).trim().min(1, { error: 'a tag cannot be empty' }), { error: 'tags must be a list of words' })
  .max(MAX_TAGS, { error: `at most ${MAX_TAGS} tags` })
  .transform(normaliseTags);
/** The language the template is meant for ('' = any); a search facet, not a render setting. */
export const printerLanguageField = z.union([z.enum(PRINTER_LANGUAGES), z.literal('')], { error: `printerLanguage must be one of ${PRINTER_LANGUAGES.join(', ')} (or '')` });

/** Tags compare as lower case with single spaces, each once, so "Food" and "food " are one filter. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().replace(/\s+/g, ' ').toLowerCase()).filter((t) => t.length > 0))];
}
