// Preloaded into a child process by the batch benchmark (`node --import …`): when the process
// exits, it writes its own peak resident set size in kB to the file named by
// PRAKTIJKSCAN_BENCH_MAX_RSS_FILE. Without that variable it does nothing.
//
// The peak is Linux's VmHWM (/proc/self/status), not `process.resourceUsage().maxRSS`: the
// kernel's ru_maxrss survives fork and exec, so a child spawned by a parent holding 400 MiB
// reports at least 400 MiB however little it uses itself. The bench's parent holds the whole
// generated input, which made batch's peak look as if it grew with the input (issue 16).
// Elsewhere (no /proc) it falls back to ru_maxrss.
import { readFileSync, writeFileSync } from 'node:fs';

/** The process's own peak RSS in kB. */
export function ownPeakRssKiB() {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // No procfs: the fallback below.
  }
  return process.resourceUsage().maxRSS;
}

const file = process.env.PRAKTIJKSCAN_BENCH_MAX_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, `${ownPeakRssKiB()}\n`);
  });
}
