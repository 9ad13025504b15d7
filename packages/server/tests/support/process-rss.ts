import { readdirSync, readFileSync } from 'node:fs';

/**
 * Resident memory of a process and every process below it, in bytes, from /proc (Linux): what
 * the machine really gives a server, helpers such as esbuild's service included. 0 when the
 * process is gone or /proc is not there.
 */
export function processTreeRssBytes(pid: number): number {
  let total = 0;
  for (const id of [pid, ...descendants(pid)]) total += rssKb(id) * 1024;
  return total;
}

function rssKb(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function descendants(pid: number): number[] {
  const found: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return found;
  }
  for (const task of tasks) {
    let children: string;
    try {
      children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const child of children.split(' ').filter(Boolean).map(Number)) found.push(child, ...descendants(child));
  }
  return found;
}
