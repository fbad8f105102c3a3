/** The machine a benchmark ran on: CPU, cores, memory, OS, Node and Chromium versions. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface Maschine {
  cpu: string;
  kerne: number;
  speicherGb: number;
  system: string;
  node: string;
  chromium: string;
}

/** Describes this machine; `browser` is asked for its version (`--version`). */
export function beschreibeMaschine(browser: string): Maschine {
  let chromium = 'unbekannt';
  try {
    chromium = execFileSync(browser, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 }).trim();
  } catch {
    // keep "unbekannt"
  }
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unbekannt',
    kerne: os.availableParallelism(),
    speicherGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    system: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    chromium,
  };
}
