import { isToolIdle, type EditorState } from '../editor-state';
import { elementTemplates } from '../element-templates';
import { drawTool } from './draw-tool';
import { selectTool } from './select-tool';
import { textTool } from './text-tool';
import type { Tool } from './tool';

/** Every tool, by the first part of its state id (`select.dragging` belongs to `select`). */
export const tools: ReadonlyMap<Tool['id'], Tool> = new Map([selectTool, drawTool, textTool].map((tool) => [tool.id, tool]));

/** The tool whose state machine owns the current tool state. */
export function getActiveTool(state: EditorState): Tool {
  const id = state.tool.id.slice(0, state.tool.id.indexOf('.')) as Tool['id'];
  return tools.get(id) ?? selectTool;
}

/**
 * Switches tools: 'select', or the id of an element template to arm its creation tool. A
 * gesture under way is cancelled first, so it cannot leave the document half-changed.
 */
export function armTool(state: EditorState, toolId: string): EditorState {
  const settled = isToolIdle(state.tool) ? state : getActiveTool(state).cancel(state);
  if (toolId !== 'select' && elementTemplates.has(toolId)) return { ...settled, tool: { id: 'draw.idle', template: toolId } };
  return settled.tool.id === 'select.idle' ? settled : { ...settled, tool: { id: 'select.idle' } };
}
