import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * What a process has used, read from /proc: CPU seconds (all threads, user and
 * system) and resident memory. CPU time per request is the figure a busy
 * machine disturbs least: a request costs about the same CPU whether it waited
 * for a core or not, while req/s depends on who else is running.
 */

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of the process, in seconds; NaN when the process is gone. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: count the fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The one-minute load average: how busy the machine is while we measure. */
export function loadAverage(): number {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return Number.NaN;
  }
}

/** CPU used by each watched process between start() and the returned stop(), and the highest RSS of the first. */
export function watchProcesses(pids: number[]): () => { cpuSeconds: number[]; maxRssMb: number } {
  const before = pids.map(cpuSeconds);
  let maxRssMb = rssMb(pids[0]);
  const sampler = setInterval(() => (maxRssMb = Math.max(maxRssMb, rssMb(pids[0]))), 100);
  return () => {
    clearInterval(sampler);
    return { cpuSeconds: pids.map((pid, i) => cpuSeconds(pid) - before[i]), maxRssMb: Math.max(maxRssMb, rssMb(pids[0])) };
  };
}
