/**
 * Peak resident memory of this process and of its child processes (Pagefind's indexing binary
 * runs as one), read from /proc on Linux; undefined elsewhere. GNU time reports the largest
 * single process only, so the index step reports both.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Peak resident memory (VmHWM) of each direct child process of this one, in bytes. */
export function childPeakBytes(): number[] {
  const peaks: number[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return peaks;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = /^PPid:\s+(\d+)/m.exec(status)?.[1];
      const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
      if (Number(ppid) === process.pid && hwm) peaks.push(Number(hwm) * 1024);
    } catch {
      // the process ended while we looked
    }
  }
  return peaks;
}

/** Peak resident memory of this process, in bytes. */
export function ownPeakBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}
