import { validateDocument } from '@inkless/label';
import { describe, expect, it } from 'vitest';
import { elementTemplates } from '../element-templates';
import { TestEditor } from '../test-editor';
import { makeDocument, rectElement } from '../testing/make-document';

const empty = () => new TestEditor(makeDocument([]));

describe('draw tools', () => {
  it('draws a rectangle by dragging, selects it and returns to the select tool', () => {
    const ed = empty().press('R');
    expect(ed.state.tool).toEqual({ id: 'draw.idle', template: 'rect' });
    ed.down(10.2, 10.3, { alt: true }).move(30, 20, { alt: true });
    expect(ed.state.tool).toMatchObject({ id: 'draw.drawing', rectMm: { xMm: 10.2, yMm: 10.3 } });
    ed.up(40.1, 30.2, { alt: true });
    expect(ed.doc.elements).toEqual([expect.objectContaining({ type: 'rect', id: 'rect-1', xMm: 10.2, yMm: 10.3, strokeMm: 0.5, fill: false })]);
    expect(ed.doc.elements[0]!.widthMm).toBeCloseTo(19.8, 9);
    expect(ed.selection).toEqual(['rect-1']);
    expect(ed.state.tool.id).toBe('select.idle');
  });

  it('a click places the template\'s default box at the pointer', () => {
    const ed = empty().tool('barcode').click(5, 6, { alt: true });
    expect(ed.doc.elements[0]).toMatchObject({ type: 'barcode', symbology: 'code128', xMm: 5, yMm: 6, widthMm: 40, heightMm: 15 });
  });

  it('snaps the drawn corners to the label centre', () => {
    const ed = empty().tool('rect').drag([10, 10], [49.6, 29.7]);
    expect(ed.doc.elements[0]).toMatchObject({ xMm: 10, yMm: 10, widthMm: 40, heightMm: 20 });
  });

  it('keeps QR codes square, and any box square with Shift', () => {
    const qr = empty().tool('qr').drag([10, 10], [40, 20], { alt: true });
    expect(qr.doc.elements[0]).toMatchObject({ symbology: 'qrcode', widthMm: 30, heightMm: 30 });
    const rect = empty().tool('rect').drag([30, 30], [20, 25], { alt: true, shift: true });
    expect(rect.doc.elements[0]).toMatchObject({ xMm: 20, yMm: 20, widthMm: 10, heightMm: 10 });
  });

  it('makes a vertical line from a tall box', () => {
    const ed = empty().tool('line').drag([10, 5], [11, 40], { alt: true });
    expect(ed.doc.elements[0]).toMatchObject({ type: 'line', direction: 'vertical' });
  });

  it('adds a date variable with the date element, each date its own, as one undo step', () => {
    const ed = empty().tool('date').click(5, 5, { alt: true }).tool('date').click(5, 20, { alt: true });
    expect(ed.doc.elements.map((el) => el.text)).toEqual(['{{date}}', '{{date2}}']);
    expect(Object.keys(ed.doc.variables)).toEqual(['date', 'date2']);
    ed.press('Mod+Z');
    expect(Object.keys(ed.doc.variables)).toEqual(['date']);
    expect(ed.doc.elements).toHaveLength(1);
  });

  it('Escape drops the box being drawn, then puts the tool down', () => {
    const ed = empty().tool('ellipse').down(10, 10).move(30, 30).press('Escape');
    expect(ed.state.tool).toEqual({ id: 'draw.idle', template: 'ellipse' });
    ed.press('Escape');
    expect(ed.state.tool.id).toBe('select.idle');
    expect(ed.doc.elements).toEqual([]);
  });

  it('switching tools mid-gesture cancels the gesture', () => {
    const ed = new TestEditor(makeDocument([rectElement('a', 10, 10, 20, 10)])).down(15, 15).move(30, 30).press('T');
    expect(ed.element('a')).toMatchObject({ xMm: 10, yMm: 10 });
    expect(ed.state.tool).toEqual({ id: 'draw.idle', template: 'text' });
  });

  it('every template makes an element that validates and stays as the editor wrote it', () => {
    for (const template of elementTemplates.values()) {
      const ed = empty().tool(template.id).click(2, 2, { alt: true });
      const r = validateDocument(ed.doc);
      expect(r.ok, template.id).toBe(true);
      // Validation fills defaults: a document already full of them comes back equal.
      expect(r.ok && r.value, template.id).toEqual(ed.doc);
      expect(ed.doc.elements[0]!.id).toBe(`${template.id}-1`);
    }
  });
});
