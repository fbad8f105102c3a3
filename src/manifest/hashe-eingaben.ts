import { createHash } from 'node:crypto';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { EingabeQuelle } from './manifest.js';
import { jeGleichzeitig } from './je-gleichzeitig.js';
import { sha256 } from './sha256.js';

/** Hash marking a declared input that does not exist. */
export const FEHLT = 'fehlt';

/**
 * Hashes every file of the given inputs: key `name/relative/path` (forward slashes), value sha256.
 * Folders are listed in sorted order, so a new, renamed or deleted file changes the result too.
 * Dot files (editor backups, `.DS_Store`) are not inputs. `bekannt` (absolute path → sha256) holds files hashed
 * earlier in the same run, before anything read them; they are not read again (folders are still listed).
 */
export async function hasheEingaben(quellen: readonly EingabeQuelle[], bekannt?: ReadonlyMap<string, string>): Promise<Record<string, string>> {
  const hashe = async (datei: string): Promise<string> => bekannt?.get(path.resolve(datei)) ?? hasheDatei(datei);
  const eintraege: [string, string][] = [];
  for (const quelle of quellen) {
    if (quelle.art === 'datei') {
      eintraege.push([quelle.name, await hashe(quelle.pfad)]);
      continue;
    }
    const dateien = await listeDateien(quelle.pfad, quelle.art === 'ordner');
    if (dateien === undefined) eintraege.push([`${quelle.name}/`, FEHLT]);
    else {
      const hashes = await jeGleichzeitig(dateien, (relativ) => hashe(path.join(quelle.pfad, relativ)));
      dateien.forEach((relativ, i) => eintraege.push([`${quelle.name}/${relativ}`, hashes[i] as string]));
    }
  }
  eintraege.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(eintraege);
}

/** Files up to this size are read whole; larger ones are hashed as a stream (constant memory, no 2 GiB limit). */
const GANZ_BIS = 8 * 1024 * 1024;

async function hasheDatei(datei: string): Promise<string> {
  let handle;
  try {
    handle = await open(datei, 'r');
  } catch (fehler) {
    const code = (fehler as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return FEHLT;
    throw fehler;
  }
  try {
    if ((await handle.stat()).size <= GANZ_BIS) return sha256(await handle.readFile());
    const hash = createHash('sha256');
    for await (const stueck of handle.createReadStream({ autoClose: false })) hash.update(stueck as Buffer);
    return hash.digest('hex');
  } finally {
    await handle.close();
  }
}

/**
 * Relative paths (forward slashes, sorted) of the files in `ordner`; undefined when the folder is missing.
 * Links count as what they point to, as the readers follow them; a link back into a folder on the way is not
 * followed again (`oben`: real paths of the folders above).
 */
async function listeDateien(ordner: string, rekursiv: boolean, oben: ReadonlySet<string> = new Set()): Promise<string[] | undefined> {
  let eintraege;
  let echt: string;
  try {
    eintraege = await readdir(ordner, { withFileTypes: true });
    echt = await realpath(ordner);
  } catch (fehler) {
    const code = (fehler as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw fehler;
  }
  if (oben.has(echt)) return [];
  const darueber = new Set([...oben, echt]);
  const ergebnis: string[] = [];
  for (const eintrag of eintraege) {
    if (eintrag.name.startsWith('.')) continue;
    const art = eintrag.isSymbolicLink() ? await stat(path.join(ordner, eintrag.name)).catch(() => undefined) : eintrag;
    if (art?.isFile() === true) ergebnis.push(eintrag.name);
    else if (rekursiv && art?.isDirectory() === true) {
      for (const kind of (await listeDateien(path.join(ordner, eintrag.name), true, darueber)) ?? []) ergebnis.push(`${eintrag.name}/${kind}`);
    }
  }
  return ergebnis.sort();
}
