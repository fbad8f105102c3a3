/**
 * Finds the Chromium/Chrome executable for printing, in a fixed order:
 * explicit option → PUPPETEER_EXECUTABLE_PATH → known install paths → names on PATH.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CliFehler, EXIT } from '../fehler.js';

/** Install paths tried after the option and the environment variable, in this order. */
export const BEKANNTE_BROWSER_PFADE: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
];

/** Executable names looked up on PATH last, in this order. */
export const BROWSER_NAMEN: readonly string[] = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

const HINWEIS =
  'Bitte einen Browser mit der Option --browser PFAD angeben, die Umgebungsvariable ' +
  'PUPPETEER_EXECUTABLE_PATH setzen oder Chromium installieren (apt-get install chromium).';

/** Returns the path of the browser executable or throws a CliFehler with exit code 3 and an install hint. */
export function findeBrowser(
  explizit?: string,
  env: NodeJS.ProcessEnv = process.env,
  bekanntePfade: readonly string[] = BEKANNTE_BROWSER_PFADE,
): string {
  if (explizit !== undefined && explizit !== '') {
    if (istAusfuehrbar(explizit)) return explizit;
    throw new CliFehler(`Browser nicht gefunden: "${explizit}" (Option --browser) existiert nicht oder ist nicht ausführbar. ${HINWEIS}`, {
      exitCode: EXIT.umgebung,
    });
  }
  const ausUmgebung = env['PUPPETEER_EXECUTABLE_PATH'];
  if (ausUmgebung !== undefined && ausUmgebung !== '') {
    if (istAusfuehrbar(ausUmgebung)) return ausUmgebung;
    throw new CliFehler(
      `Browser nicht gefunden: "${ausUmgebung}" (Umgebungsvariable PUPPETEER_EXECUTABLE_PATH) existiert nicht oder ist nicht ausführbar. ${HINWEIS}`,
      { exitCode: EXIT.umgebung },
    );
  }
  const bekannt = bekanntePfade.find(istAusfuehrbar);
  if (bekannt !== undefined) return bekannt;
  const verzeichnisse = (env['PATH'] ?? '').split(delimiter).filter((v) => v !== '');
  for (const name of BROWSER_NAMEN) {
    for (const verzeichnis of verzeichnisse) {
      const pfad = join(verzeichnis, name);
      if (istAusfuehrbar(pfad)) return pfad;
    }
  }
  throw new CliFehler(`Kein Chromium oder Chrome gefunden. ${HINWEIS}`, { exitCode: EXIT.umgebung });
}

/** Whether `pfad` is an existing regular file the current user may execute. */
function istAusfuehrbar(pfad: string): boolean {
  try {
    if (!statSync(pfad).isFile()) return false;
    accessSync(pfad, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
