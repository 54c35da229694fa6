// Preloaded into a child process by the batch benchmark (`node --import …`): when the process
// exits, it writes its peak resident set size (kB, `process.resourceUsage().maxRSS`, the kernel's
// ru_maxrss) to the file named by PRAKTIJKSCAN_BENCH_MAX_RSS_FILE. Without that variable it does
// nothing.
import { writeFileSync } from 'node:fs';

const file = process.env.PRAKTIJKSCAN_BENCH_MAX_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
