import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/inkless.js', import.meta.url));
/** How long the virtual printer may take to start (tsx compiles the CLI on first run). */
const START_TIMEOUT_MS = 30_000;

/** A virtual printer in its own process for one end-to-end run. */
export interface BenchPrinter {
  readonly port: number;
  /** Stops the printer (SIGTERM) and returns how many labels it decoded. */
  stop(): Promise<number>;
}

/**
 * Starts `inkless virtual-printer --lang tspl --discard --warm-up` pinned to core 1 when `taskset`
 * exists (the contenders run on core 0), so decoding runs beside the sender, as a real printer
 * would, no PNG is written and its decoder is compiled before the first label: the printer must not
 * be the bottleneck. Its output goes to `logPath`, a file,
 * so a parent blocked in `spawnSync` never stalls it on a full pipe.
 */
export async function startBenchPrinter(logPath: string): Promise<BenchPrinter> {
  const pin = spawnSync('taskset', ['--version']).status === 0 ? ['taskset', '-c', '1'] : [];
  const [cmd, ...pre] = [...pin, process.execPath];
  const log = openSync(logPath, 'w');
  const child = spawn(cmd!, [...pre, BIN, 'virtual-printer', '--lang', 'tspl', '--discard', '--warm-up', '--port', '0'], { stdio: ['ignore', log, log] });
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await waitForPort(child, logPath);
  return {
    port,
    stop: async () => {
      child.kill('SIGTERM');
      const code = await exited;
      const text = readFileSync(logPath, 'utf8');
      const printed = /^(\d+) label\(s\) printed$/m.exec(text);
      if (code !== 0 || !printed) throw new Error(`the bench's virtual printer stopped with ${code}: ${text.trim().split('\n').slice(-3).join(' | ')}`);
      return Number(printed[1]);
    },
  };
}

async function waitForPort(child: ChildProcess, logPath: string): Promise<number> {
  const until = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const text = readFileSync(logPath, 'utf8');
    const match = /tcp:\/\/127\.0\.0\.1:(\d+)/.exec(text);
    if (match) return Number(match[1]);
    if (child.exitCode !== null || Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`the bench's virtual printer did not start: ${text.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}
