import { describe, expect, it } from 'vitest';
import { roundWait } from './wait-time';

describe('how long a paused sign-in waits, in words', () => {
  it('rounds up to seconds, minutes or hours, never naming a time too early', () => {
    expect(roundWait(0)).toEqual({ unit: 'seconds', count: 1 });
    expect(roundWait(45)).toEqual({ unit: 'seconds', count: 45 });
    expect(roundWait(60)).toEqual({ unit: 'minutes', count: 1 });
    expect(roundWait(61)).toEqual({ unit: 'minutes', count: 2 });
    expect(roundWait(240)).toEqual({ unit: 'minutes', count: 4 });
    expect(roundWait(3599)).toEqual({ unit: 'hours', count: 1 });
    expect(roundWait(3600)).toEqual({ unit: 'hours', count: 1 });
    expect(roundWait(86_400)).toEqual({ unit: 'hours', count: 24 });
  });
});
