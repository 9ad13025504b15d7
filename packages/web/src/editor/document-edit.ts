import type { LabelDocument, LabelElement } from '@inkless/label';
import type { EditorState } from './editor-state';
import { getElementId } from './element-ids';
import { roundMm, type RectMm } from './geometry';
import { isSameDocument, recordChange, type Snapshot } from './history';

/** The document with some elements swapped for new versions (matched by id); order is kept. */
export function replaceElements(doc: LabelDocument, updated: readonly LabelElement[]): LabelDocument {
  if (updated.length === 0) return doc;
  const byId = new Map(updated.map((el) => [getElementId(el), el]));
  return { ...doc, elements: doc.elements.map((el) => byId.get(getElementId(el)) ?? el) };
}

/** The document without the elements with these ids. */
export function removeElements(doc: LabelDocument, ids: readonly string[]): LabelDocument {
  const gone = new Set(ids);
  const elements = doc.elements.filter((el) => !gone.has(getElementId(el)));
  return elements.length === doc.elements.length ? doc : { ...doc, elements };
}

/** The document with elements added on top of everything else. */
export function appendElements(doc: LabelDocument, added: readonly LabelElement[]): LabelDocument {
  return added.length === 0 ? doc : { ...doc, elements: [...doc.elements, ...added] };
}

/** The selected elements in document (drawing) order. */
export function getSelectedElements(state: EditorState): LabelElement[] {
  const selected = new Set(state.selection);
  return state.doc.elements.filter((el) => selected.has(getElementId(el)));
}

/** An element moved by a distance, positions rounded (see roundMm). */
export function translateElement(el: LabelElement, dxMm: number, dyMm: number): LabelElement {
  return { ...el, xMm: roundMm(el.xMm + dxMm), yMm: roundMm(el.yMm + dyMm) };
}

/** An element placed in a new box. */
export function placeElementInRect(el: LabelElement, rect: RectMm): LabelElement {
  return { ...el, xMm: roundMm(rect.xMm), yMm: roundMm(rect.yMm), widthMm: roundMm(rect.widthMm), heightMm: roundMm(rect.heightMm) };
}

/**
 * Applies a finished edit as one undo step (and sets the selection). An edit that changes
 * nothing records nothing, so an undo never seems to do nothing.
 */
export function commitDocument(state: EditorState, doc: LabelDocument, selection: readonly string[] = state.selection): EditorState {
  if (isSameDocument(doc, state.doc)) return selection === state.selection ? state : { ...state, selection };
  return { ...state, doc, selection, history: recordChange(state.history, { doc: state.doc, selection: state.selection }) };
}

/**
 * Ends a gesture whose changes were shown live: records one undo step back to `before`, or
 * none (and the original document object) when the gesture ended where it began.
 */
export function commitGesture(state: EditorState, before: Snapshot): EditorState {
  if (isSameDocument(state.doc, before.doc)) return { ...state, doc: before.doc, guides: [] };
  return { ...state, guides: [], history: recordChange(state.history, before) };
}

/** Edits every selected element with `change`, as one undo step. */
export function updateSelectedElements(state: EditorState, change: (el: LabelElement) => LabelElement): EditorState {
  const updated = getSelectedElements(state).map(change);
  return commitDocument(state, replaceElements(state.doc, updated));
}
