import { readFileSync } from 'node:fs';

/**
 * A process's resident memory in MB, from the kernel (`/proc/<pid>/status`): `VmRSS` now and
 * `VmHWM`, the most it has held since it started. Read from outside, like the CPU figures, so it
 * counts the heap, buffers and native allocations alike.
 */
export function residentMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!match) throw new Error(`/proc/${pid}/status has no ${field}`);
    return Number(match[1]);
  };
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}
