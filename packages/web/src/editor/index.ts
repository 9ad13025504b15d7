// The framework-free core of the label studio: state, tools, actions, history and preview.
// No DOM or React here: the UI reads the store and feeds it pointer and key input in mm.
export { createStore, type Store, type Listener, type StateUpdate } from './store';
export { createEditor, type Editor } from './editor';
export { createEditorState, isToolIdle, type EditorState, type ToolState, type ToolStateId, type Handle, type Clipboard } from './editor-state';
export type { History, Snapshot } from './history';
export { actions, performAction, canPerformAction } from './actions/registry';
export type { Action } from './actions/action';
export { createKeymap, parseKeyCombo, type Keymap, type KeyInput, type KeyCombo } from './keymap';
export { tools, armTool, getActiveTool } from './tools/registry';
export type { Tool, PointerInput } from './tools/tool';
export { getHandlePositions } from './tools/resize-gesture';
export { getRotateHandlePosition } from './tools/rotate-gesture';
export { getEditableText, startTextEdit, updateEditedText, finishTextEdit } from './tools/text-tool';
export { HANDLE_RADIUS_PX } from './tools/select-tool';
export { elementTemplates, type ElementTemplate } from './element-templates';
export { getSelectionBounds, getElementBounds, getPrintableRect, type PointMm, type RectMm } from './geometry';
export { findElementsAt, findTopElementAt, findElementsInRect } from './hit-test';
export type { Guide } from './snap';
export {
  convertScreenToMm, convertMmToScreen, convertPxToMm, getPxPerMm, getMmPerDot, zoomViewportAt,
  DEFAULT_VIEWPORT, type Viewport, type PointPx,
} from './viewport';
export { createPreview, type Preview, type PreviewResult, type PreviewOptions } from './preview';
