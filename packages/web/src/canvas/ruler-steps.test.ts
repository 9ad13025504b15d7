import { describe, expect, it } from 'vitest';
import { chooseRulerSteps } from './ruler-steps';

describe('chooseRulerSteps', () => {
  it('numbers every 10 mm at about 8 px per mm (203 dpi at 100 %), with 2 mm ticks', () => {
    expect(chooseRulerSteps(203 / 25.4, 'mm')).toEqual({ major: 10, minor: 2 });
  });

  it('numbers every half inch at 1 : 1 on a 150 px-per-inch screen, with eighth-inch ticks', () => {
    expect(chooseRulerSteps(150, 'in')).toEqual({ major: 0.5, minor: 0.125 });
  });

  it('drops the small ticks when they would crowd together', () => {
    expect(chooseRulerSteps(0.02, 'mm')).toEqual({ major: 1000, minor: 1000 });
  });
});
