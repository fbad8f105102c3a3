/**
 * The emergency stop for an interrupted run: kills a Chromium at once (SIGKILL to its process group and
 * to every process whose command line names its profile directory, which also finds a browser still
 * being launched and helpers outside the group such as the crash handler) and removes the profile
 * directory. Synchronous, for the clean-up right before the process exits.
 */
import { readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Kills the Chromium using `verzeichnis` as profile (and its group `pid`, if known) and removes the directory. */
export function toeteChromium(verzeichnis: string, pid: number | undefined): void {
  if (pid !== undefined) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  const getoetet = prozesseMit(verzeichnis);
  for (const p of getoetet) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  // A killed process may still write into the profile for a moment (a page being opened): remove it only
  // once they are all dead (a zombie, waiting for its parent, writes nothing), waiting at most 0.5 s.
  for (let i = 0; i < 50 && getoetet.some(lebt); i++) Atomics.wait(SCHLAF, 0, 0, 10);
  // Chromium keeps its singleton socket in a folder of its own in the temp directory
  // (org.chromium.Chromium.*), linked from the profile; a killed Chromium cannot remove it itself.
  try {
    const socket = readlinkSync(path.join(verzeichnis, 'SingletonSocket'));
    if (path.basename(path.dirname(socket)).startsWith('org.chromium.')) rmSync(path.dirname(socket), { recursive: true, force: true });
  } catch {
    // no socket yet
  }
  rmSync(verzeichnis, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
}

const SCHLAF = new Int32Array(new SharedArrayBuffer(4));

/** Whether process `p` still runs (not ended, not a zombie). */
function lebt(p: number): boolean {
  try {
    const stat = readFileSync(`/proc/${p}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Process ids whose command line contains `text` (Linux /proc; empty elsewhere). */
function prozesseMit(text: string): number[] {
  let eintraege: string[];
  try {
    eintraege = readdirSync('/proc');
  } catch {
    return [];
  }
  const treffer: number[] = [];
  for (const e of eintraege) {
    if (!/^\d+$/.test(e) || Number(e) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${e}/cmdline`, 'latin1').includes(text)) treffer.push(Number(e));
    } catch {
      // the process ended meanwhile
    }
  }
  return treffer;
}
