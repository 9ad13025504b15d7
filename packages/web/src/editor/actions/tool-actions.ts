import { elementTemplates } from '../element-templates';
import { armTool, getActiveTool } from '../tools/registry';
import type { Action } from './action';

/** Escape, and the toolbar: one action per creation template, keyed by the template's letter. */
export const toolActions: readonly Action[] = [
  { id: 'cancel', label: 'Cancel', keys: ['Escape'], duringGesture: true, perform: (state) => getActiveTool(state).cancel(state) },
  { id: 'tool.select', label: 'Select', keys: ['V'], duringGesture: true, perform: (state) => armTool(state, 'select') },
  ...[...elementTemplates.values()].map((template): Action => ({
    id: `tool.${template.id}`,
    label: template.label,
    keys: [template.key],
    duringGesture: true,
    perform: (state) => armTool(state, template.id),
  })),
];
