// Turning a region is an exact copy of pixels, clockwise; a symbol's box turns with it.
import { describe, expect, it } from 'vitest';
import { cutAndTurn, turnBox, type Rotation } from '../../src/page/turn-and-scale';

/** Rows as strings of single-digit values. */
function rows(img: { width: number; height: number; data: Uint8Array }): string[] {
  return Array.from({ length: img.height }, (_, y) => Array.from(img.data.subarray(y * img.width, (y + 1) * img.width)).join(''));
}

describe('cutAndTurn', () => {
  // A 5x4 page; the region is the 3x2 block 123/456 at (1, 1).
  const page = { width: 5, height: 4, data: Uint8Array.from([9, 9, 9, 9, 9, 9, 1, 2, 3, 9, 9, 4, 5, 6, 9, 9, 9, 9, 9, 9]) };
  const region = { x: 1, y: 1, width: 3, height: 2 };

  it.each([
    [0, ['123', '456']],
    [90, ['41', '52', '63']],
    [180, ['654', '321']],
    [270, ['36', '25', '14']],
  ] as [Rotation, string[]][])('turns %i degrees clockwise', (rotation, expected) => {
    expect(rows(cutAndTurn(page, region, rotation))).toEqual(expected);
  });

  it.each([0, 90, 180, 270] as Rotation[])('moves a box with the pixels at %i degrees', (rotation) => {
    // A box around each pixel of the region must land on the pixel that holds its value after the turn.
    const turned = cutAndTurn(page, region, rotation);
    for (let y = 1; y < 3; y++) {
      for (let x = 1; x < 4; x++) {
        const box = turnBox({ x, y, width: 1, height: 1 }, region, rotation);
        expect(turned.data[box.y * turned.width + box.x]).toBe(page.data[y * page.width + x]);
      }
    }
  });
});
