import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli';

const COMMANDS = ['render', 'verify', 'print', 'printers', 'virtual-printer', 'serve', 'bench'];
const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('inkless help and version', () => {
  it.each(COMMANDS)('%s --help and -h print its own usage and exit 0', async (name) => {
    for (const flag of ['--help', '-h']) {
      const run = await runCli([name, flag]);
      expect([flag, run.code, run.stderr]).toEqual([flag, 0, '']);
      expect(run.stdout).toContain(`usage: inkless ${name} `);
      expect(run.stdout).toMatch(new RegExp(`^inkless ${name}: \\w`));
    }
  });

  it('--help after other arguments still shows the help instead of running the command', async () => {
    const run = await runCli(['render', 'missing.json', '--format', 'png', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('usage: inkless render ');
  });

  it('help COMMAND says the same as COMMAND --help; help alone prints the general help', async () => {
    const [viaHelp, viaFlag, general] = [await runCli(['help', 'print']), await runCli(['print', '--help']), await runCli(['help'])];
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
    expect(general.code).toBe(0);
    expect(general.stdout).toContain('inkless render LABEL.json');
    expect(general.stdout).not.toBe(viaHelp.stdout);
  });

  it('help with an unknown command names the commands and exits 2', async () => {
    const run = await runCli(['help', 'rendr']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "rendr"; the commands are render, verify, print');
  });

  it('--version and -v print the version of package.json', async () => {
    for (const flag of ['--version', '-v']) {
      const run = await runCli([flag]);
      expect([run.code, run.stdout]).toEqual([0, `inkless ${version}\n`]);
    }
  });
});

describe('inkless render --out a folder', () => {
  const work = mkdtempSync(join(tmpdir(), 'inkless-out-'));
  const label = join(work, 'price-tag.json');
  writeFileSync(label, JSON.stringify({ schemaVersion: 2, label: { widthMm: 30, heightMm: 10 }, elements: [{ type: 'text', xMm: 1, yMm: 1, widthMm: 28, heightMm: 8, text: 'Price 1.99' }] }));

  it('writes LABEL.png into a folder named with a trailing slash, creating it', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'inkless-out-')), 'new', 'labels');
    const run = await runCli(['render', label, '--out', `${dir}/`, '--quiet']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(readdirSync(dir)).toEqual(['price-tag.png']);
  });

  it('writes LABEL.png and LABEL.pdf into an existing folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inkless-out-'));
    const png = await runCli(['render', label, '--out', dir, '--quiet']);
    const pdf = await runCli(['render', label, '--format', 'pdf', '--out', dir, '--quiet']);
    expect([png.code, pdf.code, png.stderr, pdf.stderr]).toEqual([0, 0, '', '']);
    expect(readdirSync(dir).sort()).toEqual(['price-tag.pdf', 'price-tag.png']);
  });

  it('says plainly when a file is in the way of the output folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inkless-out-'));
    const blocker = join(dir, 'file.png');
    writeFileSync(blocker, 'not a folder');
    writeFileSync(join(dir, 'rows.csv'), 'price\n1.99\n');
    const run = await runCli(['render', label, '--data', join(dir, 'rows.csv'), '--out', blocker, '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot create the folder ${blocker}: a file of that name is in the way; give a folder name (INKLESS_CLI_FILE)`);
  });
});

describe('inkless serve on a busy port', () => {
  it('names the port and how to pick another, exit 2, no internal error', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = await runCli(['serve', '--port', String(port), '--data-dir', mkdtempSync(join(tmpdir(), 'inkless-serve-'))]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(run.stderr).toContain(`--port ${port + 1}, or PORT=${port + 1} npm start (INKLESS_CLI_PORT_IN_USE)`);
      expect(run.stderr).not.toMatch(/internal error/);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });
});
