import { findElementKind, type LabelElement } from '@inkless/label';
import { commitGesture, replaceElements } from '../document-edit';
import type { EditorState } from '../editor-state';
import { findElement } from '../element-ids';
import { selectTool } from './select-tool';
import type { PointerInput, Tool } from './tool';

/** The field an element's words live in, when they can be typed on the canvas (a text element's `text`). */
const TEXT_FIELD = 'text';

/**
 * The words of an element that can be edited on the canvas, or undefined: elements whose kind
 * fills `text` from data and that hold it as a string (text elements; not barcodes or tables).
 */
export function getEditableText(el: LabelElement): string | undefined {
  if (!findElementKind(el.type)?.templatedFields.includes(TEXT_FIELD)) return undefined;
  const text = (el as { readonly text?: unknown }).text;
  return typeof text === 'string' ? text : undefined;
}

/**
 * Starts typing on the canvas in a text element: it becomes the selection, and nothing else can
 * be edited until editing ends. An element that holds no editable text leaves the state as it is.
 */
export function startTextEdit(state: EditorState, elementId: string, selectAll = false): EditorState {
  const settled = state.tool.id === 'text.editing' ? finishTextEdit(state) : state;
  const el = findElement(settled.doc, elementId);
  if (!el || getEditableText(el) === undefined) return settled;
  if (settled.tool.id !== 'select.idle' && settled.tool.id !== 'draw.idle') return settled;
  const before = { doc: settled.doc, selection: [elementId] };
  return { ...settled, selection: [elementId], guides: [], tool: { id: 'text.editing', elementId, before, selectAll } };
}

/**
 * Shows what has been typed so far: the element's text is replaced live (no undo step yet). Text
 * the element's kind refuses (over its length limit) is not applied.
 */
export function updateEditedText(state: EditorState, text: string): EditorState {
  const tool = state.tool;
  if (tool.id !== 'text.editing') return state;
  const el = findElement(state.doc, tool.elementId);
  if (!el || getEditableText(el) === text) return state;
  const parsed = findElementKind(el.type)?.schema.safeParse({ ...el, [TEXT_FIELD]: text });
  if (!parsed?.success) return state;
  return { ...state, doc: replaceElements(state.doc, [parsed.data as LabelElement]) };
}

/** Ends editing: the session becomes one undo step (none when the text is as it was), back to the select tool. */
export function finishTextEdit(state: EditorState): EditorState {
  const tool = state.tool;
  if (tool.id !== 'text.editing') return state;
  return { ...commitGesture(state, tool.before), tool: { id: 'select.idle' } };
}

/** A press outside the editor box finishes editing, then does what it would have done (select, marquee). */
function pointerDown(state: EditorState, p: PointerInput): EditorState {
  return selectTool.pointerDown(finishTextEdit(state), p);
}

/**
 * Typing on the canvas. Escape finishes and keeps what was typed, as the vendors' label apps and
 * drawing programs do (undo takes the whole edit back in one step).
 */
export const textTool: Tool = {
  id: 'text',
  pointerDown,
  pointerMove: (state) => state,
  pointerUp: (state) => state,
  cancel: finishTextEdit,
};
