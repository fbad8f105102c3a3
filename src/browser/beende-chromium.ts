/**
 * Ends one launched Chromium for good: a polite `close()` with a deadline, then SIGKILL to
 * its whole process group, then the temporary profile directory is removed.
 */
import { rm } from 'node:fs/promises';
import type { Browser } from 'puppeteer-core';

/** Time `close()` gets before the process group is killed. */
const SCHLIESS_FRIST_MS = 5000;

/** Closes `browser` (killing it if closing hangs or it already crashed) and removes `verzeichnis`. */
export async function beendeChromium(browser: Browser, verzeichnis: string): Promise<void> {
  const prozess = browser.process();
  const geschlossen = browser.connected ? await mitFrist(browser.close().then(() => true, () => false), SCHLIESS_FRIST_MS) : false;
  if (prozess?.pid !== undefined) {
    // Chromium runs as the leader of its own process group (puppeteer spawns it detached):
    // killing the group also ends renderers and helpers a hung close or a crash left behind.
    try {
      process.kill(-prozess.pid, 'SIGKILL');
    } catch {
      // ESRCH: the group is already gone, the normal case after a clean close.
    }
    if (geschlossen !== true && prozess.exitCode === null && prozess.signalCode === null) {
      await mitFrist(new Promise((fertig) => prozess.once('exit', fertig)), SCHLIESS_FRIST_MS);
    }
  }
  await rm(verzeichnis, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
}

/** Resolves with the promise's value, or with undefined after `ms` milliseconds. */
export async function mitFrist<T>(versprechen: Promise<T>, ms: number): Promise<T | undefined> {
  let uhr: NodeJS.Timeout | undefined;
  const frist = new Promise<undefined>((fertig) => {
    uhr = setTimeout(() => fertig(undefined), ms);
  });
  try {
    return await Promise.race([versprechen, frist]);
  } finally {
    clearTimeout(uhr);
  }
}
