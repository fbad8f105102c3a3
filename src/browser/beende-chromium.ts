/**
 * Ends one launched Chromium for good: SIGKILL to its whole process group, then the temporary profile
 * directory is removed. Nothing of a report lives in the browser once its PDF is back, and the profile is
 * thrown away, so a polite `close()` (which makes Chromium save its profile and stop every process in
 * turn, ≈ 0.1–0.3 s) would buy nothing; it remains the way out when the process is not ours to kill.
 */
import { readlink, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';

/** Time Chromium gets to be gone (after the kill, or to close when it has no process of ours). */
const SCHLIESS_FRIST_MS = 5000;

/** Kills `browser` with its helpers (or closes it when there is no process to kill) and removes `verzeichnis`. */
export async function beendeChromium(browser: Browser, verzeichnis: string): Promise<void> {
  const prozess = browser.process();
  if (prozess?.pid === undefined) {
    if (browser.connected) await mitFrist(browser.close().catch(() => undefined), SCHLIESS_FRIST_MS);
  } else {
    const beendet = prozess.exitCode !== null || prozess.signalCode !== null;
    const ende = beendet ? Promise.resolve() : new Promise((fertig) => prozess.once('exit', fertig));
    // Chromium runs as the leader of its own process group (puppeteer spawns it detached):
    // killing the group ends the browser, its renderers and helpers at once.
    try {
      process.kill(-prozess.pid, 'SIGKILL');
    } catch {
      // ESRCH: the group is already gone.
    }
    await mitFrist(ende, SCHLIESS_FRIST_MS);
    await entferneSingletonOrdner(verzeichnis);
  }
  await rm(verzeichnis, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
}

/**
 * Chromium keeps the socket that makes it a single instance in a folder of its own under the temp
 * directory (`/tmp/org.chromium.Chromium.XXXXXX/SingletonSocket`, linked from the profile); a clean
 * shutdown removes it, a kill leaves it, so it goes here.
 */
async function entferneSingletonOrdner(profil: string): Promise<void> {
  const ziel = await readlink(path.join(profil, 'SingletonSocket')).catch(() => undefined);
  if (ziel === undefined || path.basename(ziel) !== 'SingletonSocket') return;
  const ordner = path.dirname(ziel);
  if (!path.basename(ordner).startsWith('org.chromium.Chromium.')) return;
  await rm(ordner, { recursive: true, force: true });
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
