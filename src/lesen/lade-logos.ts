/** Reads the logo files named in bericht.json from the data folder and embeds them as data: URLs. */
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../fehler.js';
import type { Logo } from '../model/typen.js';

const ARTEN: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png' };
const PNG_SIGNATUR = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Returns the logos with their content; a missing or unreadable file, a path leaving the data folder
 * (also through a symbolic link), a type other than SVG or PNG, or content that is not one is an
 * error naming `bericht.json` and the entry.
 */
export async function ladeLogos(verzeichnis: string, logos: readonly Logo[], probleme: Problem[]): Promise<Logo[]> {
  const ergebnis: Logo[] = [];
  const wurzel = await realpath(verzeichnis);
  for (const [i, logo] of logos.entries()) {
    const fehler = (meldung: string): void => {
      probleme.push({ schwere: 'fehler', datei: 'bericht.json', pfad: `logos[${i}]`, meldung });
    };
    const art = ARTEN[path.extname(logo.datei).toLowerCase()];
    const ziel = path.resolve(wurzel, logo.datei);
    if (path.isAbsolute(logo.datei) || !innerhalb(wurzel, ziel)) {
      fehler(`"${logo.datei}" liegt außerhalb des Datenordners; Logos müssen im Datenordner liegen (z. B. "logos/eu-efre.svg")`);
      continue;
    }
    if (art === undefined) {
      fehler(`"${logo.datei}" ist weder SVG noch PNG; erlaubt sind .svg und .png`);
      continue;
    }
    let inhalt: Buffer;
    try {
      if (!innerhalb(wurzel, await realpath(ziel))) {
        fehler(`"${logo.datei}" verweist über einen Link aus dem Datenordner hinaus`);
        continue;
      }
      inhalt = await readFile(ziel);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      fehler(code === 'ENOENT' ? `Logodatei "${logo.datei}" nicht gefunden (gesucht in ${ziel})` : `Logodatei "${logo.datei}" ist nicht lesbar: ${(e as Error).message}`);
      continue;
    }
    const passt = art === 'image/png' ? inhalt.subarray(0, 8).equals(PNG_SIGNATUR) : /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/.test(inhalt.toString('utf8').replace(/^\uFEFF/, ''));
    if (!passt) {
      fehler(`"${logo.datei}" ist keine gültige ${art === 'image/png' ? 'PNG' : 'SVG'}-Datei`);
      continue;
    }
    ergebnis.push({ ...logo, daten: `data:${art};base64,${inhalt.toString('base64')}` });
  }
  return ergebnis;
}

function innerhalb(wurzel: string, ziel: string): boolean {
  const relativ = path.relative(wurzel, ziel);
  return relativ !== '' && !relativ.startsWith('..') && !path.isAbsolute(relativ);
}
