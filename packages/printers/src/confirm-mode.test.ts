import { describe, expect, it } from 'vitest';
import { drivers } from './drivers/languages';
import { resolveConfirmMode } from './confirm-mode';

const twoWay = { description: 'tcp://192.0.2.7:9100', query: async () => Uint8Array.of(0) };
const oneWay = { description: 'file:///tmp/job.bin' };
const plain = { id: 'generic-tspl-203' };
const silent = { id: 'print-server', confirm: 'written' as const };

describe('resolveConfirmMode', () => {
  it('confirms by status where the language and the connection can ask, unless the profile or the user says written', () => {
    expect(resolveConfirmMode({ requested: undefined, profile: plain, driver: drivers.tspl, transport: twoWay })).toEqual({ mode: 'status', reason: '' });
    expect(resolveConfirmMode({ requested: undefined, profile: silent, driver: drivers.tspl, transport: twoWay })).toEqual({ mode: 'written', reason: 'profile print-server confirms by written' });
    expect(resolveConfirmMode({ requested: 'written', profile: plain, driver: drivers.tspl, transport: twoWay })).toEqual({ mode: 'written', reason: 'asked for' });
  });

  it('lets the user ask for status over a profile that says written', () => {
    expect(resolveConfirmMode({ requested: 'status', profile: silent, driver: drivers.zpl, transport: twoWay }).mode).toBe('status');
  });

  it('falls back to written, saying why, where status cannot work', () => {
    expect(resolveConfirmMode({ requested: undefined, profile: plain, driver: drivers.cpcl, transport: twoWay })).toEqual({ mode: 'written', reason: 'CPCL has no status query' });
    expect(resolveConfirmMode({ requested: 'status', profile: plain, driver: drivers.tspl, transport: oneWay })).toEqual({ mode: 'written', reason: 'the connection to file:///tmp/job.bin is one-way' });
  });
});
