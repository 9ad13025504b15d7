import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TransportError } from '../transport';
import { CupsTransport } from './cups-transport';

/** A stand-in `lp` that records its arguments and standard input, or fails like lp does. */
async function fakeLp(script: string): Promise<{ lp: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'inkless-lp-'));
  const lp = join(dir, 'lp');
  await writeFile(lp, `#!/bin/sh\n${script}\n`);
  await chmod(lp, 0o755);
  return { lp, dir };
}

describe('CupsTransport', () => {
  it('pipes the job into lp -d QUEUE -o raw', async () => {
    const { lp, dir } = await fakeLp(`echo "$@" > "$(dirname "$0")/args"; cat > "$(dirname "$0")/job"; echo "request id is LABELS-1 (0 file(s))"`);
    const cups = new CupsTransport('LABELS', { lpCommand: lp });
    await cups.open();
    await cups.write(new Uint8Array([0x53, 0x49, 0x5a, 0x45, 0x00, 0xff]));
    await cups.write(new TextEncoder().encode('PRINT 1\r\n'));
    await cups.close();
    expect((await readFile(join(dir, 'args'), 'utf8')).trim()).toBe('-d LABELS -o raw');
    expect([...(await readFile(join(dir, 'job')))]).toEqual([0x53, 0x49, 0x5a, 0x45, 0x00, 0xff, ...Buffer.from('PRINT 1\r\n')]);
  });

  it('passes on what lp says when the queue does not exist', async () => {
    const { lp } = await fakeLp('cat > /dev/null; echo "lp: The printer or class does not exist." >&2; exit 1');
    const cups = new CupsTransport('NOPE', { lpCommand: lp });
    await cups.open();
    await cups.write(new Uint8Array(10));
    const error = await cups.close().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).code).toBe('INKLESS_PRINTER_UNREACHABLE');
    expect((error as TransportError).message).toContain('cups://NOPE');
    expect((error as TransportError).message).toContain('The printer or class does not exist.');
  });

  it('says CUPS is not installed when there is no lp', async () => {
    const error = await new CupsTransport('LABELS', { lpCommand: 'inkless-no-such-lp' }).open().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).code).toBe('INKLESS_PRINTER_UNSUPPORTED');
    expect((error as TransportError).message).toContain('not installed');
    expect((error as TransportError).message).toContain('cups://LABELS');
  });
});
