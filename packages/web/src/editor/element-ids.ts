import { InklessError, type LabelDocument, type LabelElement } from '@inkless/label';

/** Hands out ids no element of the document (nor an earlier call) uses: `rect-1`, `text-3`, ... */
export type IdAllocator = (type: string) => string;

/** An allocator that knows every id in the document (and any extra ones already handed out). */
export function createIdAllocator(doc: LabelDocument, extraTaken: Iterable<string> = []): IdAllocator {
  const taken = new Set<string>(extraTaken);
  for (const el of doc.elements) if (el.id !== undefined) taken.add(el.id);
  const counters = new Map<string, number>();
  return (type) => {
    let n = counters.get(type) ?? 1;
    while (taken.has(`${type}-${n}`)) n++;
    const id = `${type}-${n}`;
    taken.add(id);
    counters.set(type, n + 1);
    return id;
  };
}

/**
 * Gives every element without an id one (and the second of two elements sharing an id a new
 * one), so selection and history can follow an element wherever it moves in the list. Returns
 * the same document when nothing needed an id.
 */
export function assignMissingIds(doc: LabelDocument): LabelDocument {
  const seen = new Set<string>();
  const needsId = doc.elements.map((el) => {
    if (el.id === undefined || seen.has(el.id)) return true;
    seen.add(el.id);
    return false;
  });
  if (!needsId.includes(true)) return doc;
  const allocate = createIdAllocator(doc);
  const elements = doc.elements.map((el, i): LabelElement => (needsId[i] ? { ...el, id: allocate(el.type) } : el));
  return { ...doc, elements };
}

/** The element with this id, if the document has it. */
export function findElement(doc: LabelDocument, id: string): LabelElement | undefined {
  return doc.elements.find((el) => el.id === id);
}

/** The id of an element the editor has seen: every element has one after createEditorState. */
export function getElementId(element: LabelElement): string {
  if (element.id === undefined) {
    throw new InklessError('INKLESS_DOC_INVALID', 'an element has no id; open documents with createEditorState, which assigns them', { path: 'elements' });
  }
  return element.id;
}
