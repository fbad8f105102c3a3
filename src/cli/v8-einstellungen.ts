/**
 * V8's compilers, tuned for a report run (a process of a few seconds on a machine whose cores Chromium and the chart
 * worker need too). Measured on 2 cores, medians of 5–7 alternating runs:
 * - Tiering budget eight times V8's default (67 584): a run executes much code a few times and little code very
 *   often, and with the default TurboFan optimizes hundreds of functions that then run only a few more times (in a
 *   6-report batch ≈ 0.9 s CPU on V8's background threads). What is really hot (the reading and validation loops
 *   of a large export) is still optimized. `--alle` (6 reports) 2.78 → 2.52 s, one report 1.40 → 1.30 s,
 *   100k-row `--format json` 3.95 → 3.97 s.
 * - WebAssembly only through Liftoff, V8's baseline compiler: the font subsetting of the standalone SVG files
 *   (harfbuzz, WOFF2) runs a few milliseconds per report, but V8 compiled its modules with TurboFan in the
 *   background as well (≈ 0.3 s CPU). `--alle` 2.52 → 2.37 s, one report 1.32 → 1.22 s.
 * The output does not depend on either: JavaScript and WebAssembly compute the same in every tier.
 */
import { setFlagsFromString } from 'node:v8';

/** The interrupt budget of this process: eight times V8's default. */
export const V8_BUDGET = 8 * 67_584;

/** Sets both; call before the program's modules load (worker threads share the process' flags). */
export function stelleV8Ein(): void {
  setFlagsFromString(`--interrupt-budget=${V8_BUDGET}`);
  setFlagsFromString('--liftoff-only');
}
