import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TransportError } from '../transport';
import { FileTransport } from './file-transport';

describe('FileTransport', () => {
  it('creates the file and appends every write, job after job', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'inkless-ft-')), 'job.bin');
    await writeFile(path, 'OLD');
    for (const job of ['AB', 'CD']) {
      const out = new FileTransport(path);
      await out.open();
      await out.write(new TextEncoder().encode(job));
      await out.write(new Uint8Array([0, 255]));
      await out.close();
    }
    expect([...(await readFile(path))]).toEqual([...Buffer.from('OLDAB'), 0, 255, ...Buffer.from('CD'), 0, 255]);
  });

  it('says which file cannot be opened, and what to check', async () => {
    const out = new FileTransport('/nonexistent-inkless-dir/job.bin');
    const error = await out.open().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).code).toBe('INKLESS_PRINTER_UNREACHABLE');
    expect((error as TransportError).message).toContain('file:///nonexistent-inkless-dir/job.bin');
    expect((error as TransportError).message).toContain('folder exists');
  });

  it('refuses writes before open', async () => {
    await expect(new FileTransport('/tmp/x').write(new Uint8Array(1))).rejects.toMatchObject({ code: 'INKLESS_PRINTER_GONE' });
  });

  it('names standard output "stdout"', () => {
    expect(new FileTransport('-').description).toBe('stdout');
  });
});
