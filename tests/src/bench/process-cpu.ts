import { readFileSync } from 'node:fs';

/**
 * CPU time a process has used so far, from the kernel's own accounting (`/proc/<pid>/stat`:
 * user + system time in clock ticks), not from timers inside the process: it counts the event
 * loop, garbage collection and libuv threads alike, and the process cannot misreport it.
 */
const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux ABI Node supports

export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]); // field 14 of proc(5)
  const stime = Number(fields[12]); // field 15
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

/** Runs `work` and returns the CPU milliseconds each of `pids` spent meanwhile. */
export async function cpuDuring(pids: number[], work: () => Promise<unknown>): Promise<number[]> {
  const before = pids.map(processCpuMs);
  await work();
  return pids.map((pid, i) => processCpuMs(pid) - before[i]);
}
