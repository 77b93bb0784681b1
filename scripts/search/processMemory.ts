/**
 * Peak resident memory of this process and of its child processes (Pagefind's indexing binary
 * runs as one), read from /proc on Linux; undefined elsewhere. GNU time reports the largest
 * single process only, so the index step reports both.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Peak resident memory (VmHWM, bytes) and CPU seconds (user + system) of each direct child process of this one. */
export function childUsage(): { peakBytes: number; cpuSeconds: number }[] {
  const usage: { peakBytes: number; cpuSeconds: number }[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return usage;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = /^PPid:\s+(\d+)/m.exec(status)?.[1];
      const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
      if (Number(ppid) !== process.pid || !hwm) continue;
      // Fields 14 and 15 of /proc/<pid>/stat (after the command in parentheses): user and system time in clock ticks (100 a second).
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
      usage.push({ peakBytes: Number(hwm) * 1024, cpuSeconds: (Number(fields[11]) + Number(fields[12])) / 100 });
    } catch {
      // the process ended while we looked
    }
  }
  return usage;
}

/** Peak resident memory of this process, in bytes. */
export function ownPeakBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** CPU seconds (user + system) of this process so far. */
export function ownCpuSeconds(): number {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  return (userCPUTime + systemCPUTime) / 1e6;
}
