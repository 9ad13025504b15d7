import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bitmapFromPng } from '@inkless/label/output';
import { decodeBarcodes } from '../../src/verify/zxing-decoder';
import { BIN } from './run-cli';

/** A running `inkless virtual-printer` child on a port the system picked. */
export interface VirtualPrinterCli {
  readonly child: ChildProcess;
  readonly port: number;
  stdout(): string;
  /** Kills the child and waits until it is gone. */
  stop(): Promise<void>;
}

/** Starts `inkless virtual-printer --port 0 ...extra` and reads the port it printed. */
export async function startVirtualPrinterCli(lang: string, out: string, extra: string[] = []): Promise<VirtualPrinterCli> {
  const child = spawn(process.execPath, [BIN, 'virtual-printer', '--lang', lang, '--out', out, '--port', '0', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  const until = Date.now() + 30_000;
  let match: RegExpExecArray | null = null;
  while (!(match = /tcp:\/\/127\.0\.0\.1:(\d+)/.exec(stdout))) {
    if (child.exitCode !== null || Date.now() > until) {
      await stop();
      throw new Error(`virtual printer did not start: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { child, port: Number(match[1]), stdout: () => stdout, stop };
}

/** The PNGs a virtual printer wrote to `dir`, in print order. */
export function listPngs(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
}

/** The Code 128 payload of every PNG in `dir`, in print order (one symbol per label, or an error). */
export async function decodeCode128Labels(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of listPngs(dir)) {
    const symbols = await decodeBarcodes(bitmapFromPng(readFileSync(join(dir, file))), { formats: ['Code128'], tryHarder: false });
    if (symbols.length !== 1) throw new Error(`${file}: expected one Code 128 symbol, found ${symbols.length}`);
    found.push(symbols[0]!.text);
  }
  return found;
}

/** Waits until `check` holds, polling; throws after `timeoutMs`. */
export async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
