import { describe, expect, it } from 'vitest';
import { findSidewaysOverflow, openSheet, openStudioOnPhone, PHONE_360, PHONE_390, TABLET_820, waitForSheetsClosed } from './support/phone-page';
import { readEditorState } from './support/studio-page';
import { ARTIFACTS, openStudioContext, useStudioFixture } from './support/studio-suite';
import { Fingers } from './support/touch';

/** The bottom bar's sheets, in its order: every side panel of the desk is in one. */
const SHEETS = ['tools', 'properties', 'layers', 'variables', 'setup', 'merge', 'print', 'labels', 'account'];

describe('the studio on a phone and a tablet, in Chromium with touch', () => {
  const fixture = useStudioFixture();

  for (const size of [PHONE_390, PHONE_360, TABLET_820]) {
    it(`at ${size.width}x${size.height} nothing scrolls sideways, with each sheet open in turn, and the canvas takes most of the screen`, async () => {
      const { context, page } = await openStudioOnPhone(fixture, size);
      await page.screenshot({ path: `${ARTIFACTS}phone-${size.width}-canvas.png` });
      expect(await findSidewaysOverflow(page)).toEqual([]);
      const stage = (await page.locator('.stage').boundingBox())!;
      // The label's stage (under the top bar, above the zoom and bottom bars) is the biggest part of the screen.
      expect(stage.width).toBeGreaterThanOrEqual(size.width - 24);
      // (Under 380 px the top bar takes two rows: the label's name, then New, Open, Save and Download.)
      expect(stage.height).toBeGreaterThan(size.height * (size.width < 380 ? 0.55 : 0.6));
      // No side panel shows until its sheet is opened.
      expect(await page.locator('#toolbox-title').isVisible()).toBe(false);
      for (const id of SHEETS) {
        await openSheet(page, id);
        expect(await findSidewaysOverflow(page), `sheet ${id}`).toEqual([]);
        // One sheet at a time, and the top of the canvas stays in view above it.
        expect(await page.locator('.sheet[data-open="true"]').count()).toBe(1);
        const sheet = (await page.locator(`[data-sheet="${id}"]`).boundingBox())!;
        expect(sheet.y, `sheet ${id} leaves the canvas's top in view`).toBeGreaterThan(stage.y + stage.height * 0.3);
        await page.screenshot({ path: `${ARTIFACTS}phone-${size.width}-sheet-${id}.png` });
      }
      // Escape closes the open sheet; its bottom-bar button has the focus again.
      await page.keyboard.press('Escape');
      expect(await page.locator('.sheet[data-open="true"]').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-sheet-button'))).toBe(SHEETS.at(-1));
      await context.close();
    });
  }

  it('adds a text with a tap from the tools sheet and changes it in the properties sheet', async () => {
    const { context, page } = await openStudioOnPhone(fixture);
    const fingers = await Fingers.on(page);
    const before = (await readEditorState(page)).doc.elements.length;
    await openSheet(page, 'tools');
    await page.locator('[data-sheet="tools"] button[data-tool="text"]').tap();
    // Choosing a tool closes the sheet, so the label is free for the next tap.
    expect(await page.locator('.sheet[data-open="true"]').count()).toBe(0);
    await waitForSheetsClosed(page);
    const stage = (await page.locator('.stage').boundingBox())!;
    await fingers.tap({ x: stage.x + stage.width / 2, y: stage.y + stage.height / 2 });
    await expect.poll(async () => (await readEditorState(page)).doc.elements.length).toBe(before + 1);
    const { selection } = await readEditorState(page);
    expect(selection).toHaveLength(1);

    await openSheet(page, 'properties');
    const x = page.locator('[data-sheet="properties"]').getByLabel('X (mm)');
    await x.fill('3');
    await x.press('Tab');
    await expect.poll(async () => (await readEditorState(page)).doc.elements.find((e) => e.id === selection[0])?.xMm).toBe(3);
    await page.screenshot({ path: `${ARTIFACTS}phone-390-properties.png` });
    await context.close();
  });

  it('two fingers pinch to zoom and pan the label', async () => {
    const { context, page } = await openStudioOnPhone(fixture);
    const fingers = await Fingers.on(page);
    const stage = (await page.locator('.stage').boundingBox())!;
    const centre = { x: stage.x + stage.width / 2, y: stage.y + stage.height / 2 };
    const start = (await readEditorState(page)).viewport;
    await fingers.pinch(centre, 80, 2);
    const zoomed = (await readEditorState(page)).viewport;
    expect(zoomed.zoom / start.zoom).toBeCloseTo(2, 1);
    // Two fingers moving together pan: the label follows them.
    await fingers.twoFingers([{ x: centre.x - 40, y: centre.y }, { x: centre.x - 40, y: centre.y + 60 }], [{ x: centre.x + 40, y: centre.y }, { x: centre.x + 40, y: centre.y + 60 }]);
    const panned = (await readEditorState(page)).viewport;
    expect(panned.zoom).toBeCloseTo(zoomed.zoom, 5);
    expect(panned.panYPx - zoomed.panYPx).toBeCloseTo(60, 0);
    // The pinch moved and added nothing.
    expect((await readEditorState(page)).selection).toEqual([]);
    await context.close();
  });

  it('one finger drags a selected element, and a finger near a handle (within 20 px) resizes it', async () => {
    const { context, page } = await openStudioOnPhone(fixture);
    const fingers = await Fingers.on(page);
    await page.evaluate(() => {
      const editor = window.__inklessStudio!.editor;
      const { doc } = editor.store.getState();
      editor.store.setState((s) => ({ ...s, doc: { ...doc, elements: [{ id: 'box', type: 'rect', xMm: 10, yMm: 8, widthMm: 24, heightMm: 14, rotation: 0, inverse: false, strokeMm: 0.5, fill: false, cornerRadiusMm: 0 } as never] }, selection: ['box'] }));
    });
    const toPage = async (xMm: number, yMm: number) => {
      const stage = (await page.locator('.stage').boundingBox())!;
      const { viewport, doc } = await readEditorState(page);
      const pxPerMm = (viewport.zoom * doc.label.dpi) / 25.4;
      return { x: stage.x + viewport.panXPx + xMm * pxPerMm, y: stage.y + viewport.panYPx + yMm * pxPerMm, pxPerMm };
    };
    const from = await toPage(22, 15);
    await fingers.drag(from, { x: from.x + 5 * from.pxPerMm, y: from.y + 3 * from.pxPerMm });
    const moved = (await readEditorState(page)).doc.elements[0]!;
    expect(moved.xMm).toBeCloseTo(15, 0);
    expect(moved.yMm).toBeCloseTo(11, 0);
    expect(moved.widthMm).toBeCloseTo(24, 5);

    // 15 px outside the bottom-right corner handle: a fingertip's miss still takes the handle.
    const corner = await toPage(moved.xMm + moved.widthMm, moved.yMm + moved.heightMm);
    await fingers.drag({ x: corner.x + 15, y: corner.y + 15 }, { x: corner.x + 15 + 4 * corner.pxPerMm, y: corner.y + 15 + 2 * corner.pxPerMm });
    const resized = (await readEditorState(page)).doc.elements[0]!;
    expect(resized.xMm).toBeCloseTo(moved.xMm, 5);
    expect(resized.widthMm).toBeCloseTo(28, 0);
    expect(resized.heightMm).toBeCloseTo(16, 0);
    await context.close();
  });

  it('at 1440x900 the desk keeps its three columns and shows no bottom bar or sheet', async () => {
    const { context, page } = await openStudioContext(fixture);
    const left = (await page.locator('.side-left').boundingBox())!;
    const centre = (await page.locator('.centre').boundingBox())!;
    const right = (await page.locator('.side-right').boundingBox())!;
    expect([left.x, left.width]).toEqual([0, 210]);
    expect(right.width).toBe(320);
    expect(right.x).toBe(1440 - 320);
    expect(centre.x).toBe(210);
    for (const title of ['#toolbox-title', '#properties-title', '#layers-title', '#variables-title', '#print-title']) expect(await page.locator(title).isVisible(), title).toBe(true);
    expect(await page.locator('.bottom-bar').isVisible()).toBe(false);
    expect(await page.locator('.sheet-head').first().isVisible()).toBe(false);
    await context.close();
  });
});
