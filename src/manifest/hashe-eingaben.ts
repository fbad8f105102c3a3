import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { EingabeQuelle } from './manifest.js';
import { jeGleichzeitig } from './je-gleichzeitig.js';
import { sha256 } from './sha256.js';

/** Hash marking a declared input that does not exist. */
export const FEHLT = 'fehlt';

/**
 * Hashes every file of the given inputs: key `name/relative/path` (forward slashes), value sha256.
 * Folders are listed in sorted order, so a new, renamed or deleted file changes the result too.
 * Dot files (editor backups, `.DS_Store`) are not inputs.
 */
export async function hasheEingaben(quellen: readonly EingabeQuelle[]): Promise<Record<string, string>> {
  const eintraege: [string, string][] = [];
  for (const quelle of quellen) {
    if (quelle.art === 'datei') {
      eintraege.push([quelle.name, await hasheDatei(quelle.pfad)]);
      continue;
    }
    const dateien = await listeDateien(quelle.pfad, quelle.art === 'ordner');
    if (dateien === undefined) eintraege.push([`${quelle.name}/`, FEHLT]);
    else {
      const hashes = await jeGleichzeitig(dateien, (relativ) => hasheDatei(path.join(quelle.pfad, relativ)));
      dateien.forEach((relativ, i) => eintraege.push([`${quelle.name}/${relativ}`, hashes[i] as string]));
    }
  }
  eintraege.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(eintraege);
}

async function hasheDatei(datei: string): Promise<string> {
  try {
    return sha256(await readFile(datei));
  } catch (fehler) {
    const code = (fehler as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return FEHLT;
    throw fehler;
  }
}

/** Relative paths (forward slashes, sorted) of the files in `ordner`; undefined when the folder is missing. */
async function listeDateien(ordner: string, rekursiv: boolean): Promise<string[] | undefined> {
  let eintraege;
  try {
    eintraege = await readdir(ordner, { withFileTypes: true });
  } catch (fehler) {
    const code = (fehler as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw fehler;
  }
  const ergebnis: string[] = [];
  for (const eintrag of eintraege) {
    if (eintrag.name.startsWith('.')) continue;
    // A link to a file counts as that file (the readers follow it); links to folders are not followed (no loops).
    if (eintrag.isFile() || (eintrag.isSymbolicLink() && (await istDatei(path.join(ordner, eintrag.name))))) ergebnis.push(eintrag.name);
    else if (rekursiv && eintrag.isDirectory()) {
      for (const kind of (await listeDateien(path.join(ordner, eintrag.name), true)) ?? []) ergebnis.push(`${eintrag.name}/${kind}`);
    }
  }
  return ergebnis.sort();
}

async function istDatei(pfad: string): Promise<boolean> {
  try {
    return (await stat(pfad)).isFile();
  } catch {
    return false;
  }
}
