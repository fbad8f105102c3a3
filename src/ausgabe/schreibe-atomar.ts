import { existsSync, renameSync, rmSync } from 'node:fs';
import { copyFile, link, mkdir, open, rename, rm, readdir, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { beiAbbruch } from '../abbruch/bei-abbruch.js';

/** File content by path relative to the report folder (`abbildungen/abbildung-1.svg`). */
export type Dateien = Map<string, Dateiinhalt>;

/**
 * A file's content: text, bytes, or text produced in pieces on writing (large files never held whole).
 * Pieces marked `zuletzt` are written after every other file (content that depends on what the others
 * wrote, such as the manifest with their hashes).
 */
export type Dateiinhalt = string | Uint8Array | StueckInhalt;

/** Text produced in pieces while it is written. */
export interface StueckInhalt {
  teile: () => Iterable<string>;
  zuletzt?: boolean;
}

/** Bytes gathered before each write of a file produced in pieces (one buffer, reused). */
const SCHREIBPUFFER = 1 << 20;

const TEMP_PRAEFIX = '.tmp-';
const ALT_PRAEFIX = '.alt-';

/**
 * Writes a complete report folder atomically.
 *
 * 1. every file goes into a fresh temporary folder beside the target (same file system) and is fsynced;
 * 2. an existing target is renamed to a backup name, the temporary folder renamed to the target;
 * 3. the backup is removed.
 * A run killed before step 2 leaves the previous report untouched (plus a stray temporary folder that
 * the next run removes); a kill between the two renames of step 2 leaves the previous report under its
 * backup name, which `stelleWiederHer` (called at the start of every write) moves back. Readers never
 * see a folder that mixes old and new files.
 * `behalten` names files of the existing folder that stay as they are (same inode, same timestamps):
 * they are hard-linked into the new folder (copied where the file system has no hard links).
 */
export async function schreibeAtomar(ziel: string, dateien: Dateien, behalten: readonly string[] = []): Promise<void> {
  const eltern = path.dirname(ziel);
  const name = path.basename(ziel);
  await mkdir(eltern, { recursive: true });
  await stelleWiederHer(ziel);

  const temp = path.join(eltern, `${TEMP_PRAEFIX}${name}-${process.pid}`);
  const alt = path.join(eltern, `${ALT_PRAEFIX}${name}`);
  const abmelden = beiAbbruch(() => raeumeSofortAuf(ziel, temp, alt));
  try {
    await schreibe(ziel, temp, alt, dateien, behalten);
  } finally {
    abmelden();
  }
}

/** The steps of `schreibeAtomar` (see there). */
async function schreibe(ziel: string, temp: string, alt: string, dateien: Dateien, behalten: readonly string[]): Promise<void> {
  const eltern = path.dirname(ziel);
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  try {
    const zuletzt = (i: Dateiinhalt): number => (typeof i === 'object' && 'teile' in i && i.zuletzt === true ? 1 : 0);
    const reihenfolge = [...dateien].sort(([a, ia], [b, ib]) => zuletzt(ia) - zuletzt(ib) || (a < b ? -1 : a > b ? 1 : 0));
    for (const [relativ, inhalt] of reihenfolge) await schreibeDatei(path.join(temp, relativ), inhalt);
    for (const relativ of behalten) await uebernimm(path.join(ziel, relativ), path.join(temp, relativ));
    await synchronisiere(temp);
  } catch (fehler) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw fehler;
  }

  const vorhanden = await existiert(ziel);
  try {
    if (vorhanden) await rename(ziel, alt);
    try {
      await rename(temp, ziel);
    } catch (fehler) {
      if (vorhanden) await rename(alt, ziel).catch(() => undefined);
      throw fehler;
    }
  } catch (fehler) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw fehler;
  }
  await synchronisiere(eltern);
  if (vorhanden) await rm(alt, { recursive: true, force: true });
}

function entferneTemp(temp: string): void {
  const weg = `${temp}-abgebrochen`;
  try {
    renameSync(temp, weg);
    rmSync(weg, { recursive: true, force: true });
  } catch {
    // no temporary folder (not yet created, or already renamed to the target)
  }
}

/**
 * The clean-up when the process is interrupted during a write (synchronous, the process exits next):
 * the temporary folder is first renamed away (atomic: a rename to the target still in flight then
 * fails instead of publishing a half-removed folder) and removed; a backup goes back to the target
 * when the target is missing, else it is dropped.
 */
function raeumeSofortAuf(ziel: string, temp: string, alt: string): void {
  entferneTemp(temp);
  // A mkdir of the temporary folder may still be in flight on libuv's thread pool and land after the first
  // removal; give it a moment (synchronously: the process exits next) and remove once more.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
  entferneTemp(temp);
  if (!existsSync(alt)) return;
  if (existsSync(ziel)) rmSync(alt, { recursive: true, force: true });
  else renameSync(alt, ziel);
}

/**
 * Repairs what an interrupted write left beside `ziel`: restores the backup when the target is missing,
 * drops a backup when the target exists, and removes temporary folders of processes that are gone.
 */
export async function stelleWiederHer(ziel: string): Promise<void> {
  const eltern = path.dirname(ziel);
  const name = path.basename(ziel);
  const alt = path.join(eltern, `${ALT_PRAEFIX}${name}`);
  if (await existiert(alt)) {
    if (await existiert(ziel)) await rm(alt, { recursive: true, force: true });
    else await rename(alt, ziel);
  }
  let eintraege: string[] = [];
  try {
    eintraege = await readdir(eltern);
  } catch {
    return;
  }
  for (const eintrag of eintraege) {
    if (!eintrag.startsWith(`${TEMP_PRAEFIX}${name}-`)) continue;
    const pid = Number(eintrag.slice(`${TEMP_PRAEFIX}${name}-`.length));
    if (Number.isInteger(pid) && pid !== process.pid && !prozessLebt(pid)) {
      await rm(path.join(eltern, eintrag), { recursive: true, force: true });
    }
  }
}

async function schreibeDatei(datei: string, inhalt: Dateiinhalt): Promise<void> {
  await mkdir(path.dirname(datei), { recursive: true });
  const handle = await open(datei, 'w');
  try {
    if (typeof inhalt === 'string' || inhalt instanceof Uint8Array) await handle.writeFile(inhalt);
    else await schreibeStuecke(handle, inhalt.teile());
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes text pieces through one reused byte buffer: no piece is ever joined with others into a large
 * string (which would be garbage of the size of the buffer on every flush). A UTF-16 code unit takes
 * at most 3 bytes in UTF-8, so a piece fits when 3 × its length fits.
 */
async function schreibeStuecke(handle: FileHandle, teile: Iterable<string>): Promise<void> {
  const puffer = Buffer.allocUnsafe(SCHREIBPUFFER);
  let belegt = 0;
  for (const teil of teile) {
    if (belegt + 3 * teil.length > SCHREIBPUFFER) {
      await schreibeGanz(handle, puffer, belegt);
      belegt = 0;
      if (3 * teil.length > SCHREIBPUFFER) {
        await handle.write(teil);
        continue;
      }
    }
    belegt += puffer.write(teil, belegt);
  }
  await schreibeGanz(handle, puffer, belegt);
}

/** Writes the first `laenge` bytes of `puffer`, however many calls it takes. */
async function schreibeGanz(handle: FileHandle, puffer: Buffer, laenge: number): Promise<void> {
  let geschrieben = 0;
  while (geschrieben < laenge) geschrieben += (await handle.write(puffer, geschrieben, laenge - geschrieben)).bytesWritten;
}

/** Puts an existing file into the new folder unchanged: a hard link (same inode and timestamps), or a copy where links are impossible. */
async function uebernimm(alt: string, neu: string): Promise<void> {
  await mkdir(path.dirname(neu), { recursive: true });
  try {
    await link(alt, neu);
  } catch (fehler) {
    const code = (fehler as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'EMLINK') throw fehler;
    await copyFile(alt, neu);
  }
}

async function synchronisiere(ordner: string): Promise<void> {
  const handle = await open(ordner, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function existiert(pfad: string): Promise<boolean> {
  try {
    await stat(pfad);
    return true;
  } catch {
    return false;
  }
}

function prozessLebt(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (fehler) {
    return (fehler as NodeJS.ErrnoException).code === 'EPERM';
  }
}
