import { describe, expect, it } from 'vitest';
import { chooseDevice, DeviceChooserError } from './device-chooser';

async function failureOf(ask: () => Promise<unknown>): Promise<unknown> {
  try {
    await ask();
  } catch (e) {
    return e;
  }
  throw new Error('the chooser did not fail');
}

describe('the browser device chooser', () => {
  it('says "no printer was chosen" in plain words when the chooser is closed without a pick', async () => {
    const e = await failureOf(() => chooseDevice(() => Promise.reject(new DOMException('No device selected.', 'NotFoundError'))));
    expect(e).toBeInstanceOf(DeviceChooserError);
    expect(e).toMatchObject({ code: 'INKLESS_WEB_PRINTER_NOT_CHOSEN', message: 'No printer was chosen. Click Print again and pick your printer in the browser\'s list.' });
    expect((e as Error).message).not.toContain('No device selected');
  });

  it('says the browser refused for any other DOM refusal, without the DOM text', async () => {
    const e = await failureOf(() => chooseDevice(() => Promise.reject(new DOMException('Access denied.', 'SecurityError'))));
    expect(e).toMatchObject({ code: 'INKLESS_WEB_PRINTER_REFUSED' });
    expect((e as Error).message).not.toContain('Access denied');
  });

  it('passes the chosen device and other errors through unchanged', async () => {
    expect(await chooseDevice(() => Promise.resolve('device'))).toBe('device');
    const other = new TypeError('broken');
    expect(await failureOf(() => chooseDevice(() => Promise.reject(other)))).toBe(other);
  });
});
