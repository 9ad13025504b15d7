import { appendElements, commitDocument } from '../document-edit';
import type { EditorState } from '../editor-state';
import { createIdAllocator } from '../element-ids';
import { elementTemplates, instantiateTemplate, type ElementTemplate } from '../element-templates';
import { rectFromCorners, type PointMm, type RectMm } from '../geometry';
import { collectSnapTargets, snapPoint, SNAP_THRESHOLD_PX, type Guide } from '../snap';
import { startTextEdit } from './text-tool';
import { DRAG_START_PX, getPxInMm, MIN_ELEMENT_MM, type PointerInput, type Tool } from './tool';

/** The pointer, snapped to label and element lines unless Alt is held. */
function snapPointer(state: EditorState, p: PointerInput): { point: PointMm; guides: Guide[] } {
  const point = { xMm: p.xMm, yMm: p.yMm };
  if (p.alt) return { point, guides: [] };
  return snapPoint(point, collectSnapTargets(state.doc, new Set()), getPxInMm(state, SNAP_THRESHOLD_PX));
}

/** The dragged box; square when the template wants it or Shift is held, growing away from the start. */
function getDrawnRect(start: PointMm, end: PointMm, square: boolean): RectMm {
  if (!square) return rectFromCorners(start, end);
  const side = Math.max(Math.abs(end.xMm - start.xMm), Math.abs(end.yMm - start.yMm));
  return rectFromCorners(start, { xMm: start.xMm + Math.sign(end.xMm - start.xMm || 1) * side, yMm: start.yMm + Math.sign(end.yMm - start.yMm || 1) * side });
}

/** A click makes the template's default box at the pointer; a drag makes at least the minimum size. */
function getFinalRect(state: EditorState, template: ElementTemplate, start: PointMm, drawn: RectMm): RectMm {
  const clickMm = getPxInMm(state, DRAG_START_PX);
  if (drawn.widthMm < clickMm && drawn.heightMm < clickMm) return { ...start, ...template.defaultSizeMm };
  const widthMm = Math.max(drawn.widthMm, MIN_ELEMENT_MM);
  const heightMm = Math.max(drawn.heightMm, MIN_ELEMENT_MM);
  if (template.square) return { ...drawn, widthMm: Math.max(widthMm, heightMm), heightMm: Math.max(widthMm, heightMm) };
  return { ...drawn, widthMm, heightMm };
}

function pointerDown(state: EditorState, p: PointerInput): EditorState {
  if (state.tool.id !== 'draw.idle') return state;
  const { point, guides } = snapPointer(state, p);
  return { ...state, guides, tool: { id: 'draw.drawing', template: state.tool.template, startMm: point, rectMm: rectFromCorners(point, point) } };
}

function pointerMove(state: EditorState, p: PointerInput): EditorState {
  const tool = state.tool;
  if (tool.id !== 'draw.drawing') return state;
  const template = elementTemplates.get(tool.template);
  const { point, guides } = snapPointer(state, p);
  const rectMm = getDrawnRect(tool.startMm, point, Boolean(p.shift || template?.square));
  return { ...state, guides, tool: { ...tool, rectMm } };
}

/**
 * Adds the element (and any variable it shows) as one undo step, selects it, and returns to the
 * select tool; a template that `startsEditing` opens its text for typing, placeholder selected.
 */
function pointerUp(state: EditorState): EditorState {
  const tool = state.tool;
  if (tool.id !== 'draw.drawing') return state;
  const idle: EditorState = { ...state, guides: [], tool: { id: 'select.idle' } };
  const template = elementTemplates.get(tool.template);
  if (!template) return idle;
  const rect = getFinalRect(state, template, tool.startMm, tool.rectMm);
  const id = createIdAllocator(state.doc)(template.id);
  const { element, variables } = instantiateTemplate(template, state.doc, rect, id);
  const withVariables = Object.keys(variables).length > 0 ? { ...state.doc, variables: { ...state.doc.variables, ...variables } } : state.doc;
  const added = commitDocument(idle, appendElements(withVariables, [element]), [id]);
  return template.startsEditing ? startTextEdit(added, id, true) : added;
}

/** Escape while drawing drops the box; Escape again puts the creation tool down. */
function cancel(state: EditorState): EditorState {
  const tool = state.tool;
  if (tool.id === 'draw.drawing') return { ...state, guides: [], tool: { id: 'draw.idle', template: tool.template } };
  return { ...state, guides: [], tool: { id: 'select.idle' } };
}

/** The creation tools: one tool, parameterised by the template it places. */
export const drawTool: Tool = { id: 'draw', pointerDown, pointerMove, pointerUp, cancel };
