/**
 * Preload for measured node children (`node --import …/melde-rss.js`): on exit, writes the process's
 * peak resident set size in KiB (`process.resourceUsage().maxRSS`) to the file named by EWM_BENCH_RSS.
 */
import { writeFileSync } from 'node:fs';

const datei = process.env.EWM_BENCH_RSS;
if (datei !== undefined && datei !== '') {
  process.on('exit', () => writeFileSync(datei, String(process.resourceUsage().maxRSS)));
}
