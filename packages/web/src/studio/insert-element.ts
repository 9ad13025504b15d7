import type { Editor } from '../editor/editor';
import { elementTemplates } from '../editor/element-templates';
import { getPrintableRect } from '../editor/geometry';

/**
 * Adds a template's element at its default size in the middle of the printable area, through the
 * draw tool as a click would: how a keyboard user adds an element without a pointer.
 */
export function insertTemplateAtCentre(editor: Editor, templateId: string): void {
  const template = elementTemplates.get(templateId);
  if (!template) return;
  const area = getPrintableRect(editor.store.getState().doc);
  const xMm = Math.max(area.xMm, area.xMm + (area.widthMm - template.defaultSizeMm.widthMm) / 2);
  const yMm = Math.max(area.yMm, area.yMm + (area.heightMm - template.defaultSizeMm.heightMm) / 2);
  const at = { xMm: Math.round(xMm * 10) / 10, yMm: Math.round(yMm * 10) / 10, alt: true };
  editor.armTool(templateId);
  editor.pointerDown(at);
  editor.pointerUp(at);
}
