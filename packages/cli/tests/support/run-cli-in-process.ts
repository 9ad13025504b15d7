import { main } from '../../src/main';
import type { CliRun } from './run-cli';

type Write = typeof process.stdout.write;

/** Collects what is written to a stream, and hands the callback back as the stream would. */
function collectInto(sink: string[]): Write {
  return ((chunk: string | Uint8Array, encodingOrDone?: unknown, done?: unknown) => {
    sink.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
    const callback = typeof encodingOrDone === 'function' ? encodingOrDone : done;
    if (typeof callback === 'function') queueMicrotask(() => (callback as () => void)());
    return true;
  }) as Write;
}

let running = false;

/**
 * Runs `inkless` as `runCli` does, but in this process: `main(args)` with stdout and stderr
 * collected, so a test pays no Node start and no TypeScript load per run. For tests that are
 * about what a command does, not about the process (exit status, signals, stdin): those keep
 * `runCli`, and every command keeps at least one test through the real binary. One run at a
 * time: the streams are process-wide.
 */
export async function runCliInProcess(args: string[]): Promise<CliRun> {
  if (running) throw new Error('runCliInProcess runs one command at a time (it takes over process.stdout and process.stderr)');
  running = true;
  const stdout: string[] = [];
  const stderr: string[] = [];
  const writeOut = process.stdout.write;
  const writeErr = process.stderr.write;
  const debug = process.env.INKLESS_DEBUG;
  process.stdout.write = collectInto(stdout);
  process.stderr.write = collectInto(stderr);
  // As runCli: no stack traces asked for.
  process.env.INKLESS_DEBUG = '';
  try {
    const code = await main(args);
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
    if (debug === undefined) delete process.env.INKLESS_DEBUG;
    else process.env.INKLESS_DEBUG = debug;
    running = false;
  }
}
