import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATENSTAND_SCHEMA, type DatenStand } from './daten-stand.js';

/** The record as written: schema first, two-space indent, trailing newline. */
export function datenStandText(stand: Omit<DatenStand, 'schema'>): string {
  const { werkzeug, optionen, eingaben, formate, cluster, berichtet, probleme } = stand;
  return `${JSON.stringify({ schema: DATENSTAND_SCHEMA, werkzeug, optionen, eingaben, formate, cluster, berichtet, probleme }, null, 2)}\n`;
}

/**
 * Writes the record to `datei` (a temporary file renamed into place) unless the file already holds exactly
 * this text: a run that changed nothing leaves it untouched. Returns whether it wrote.
 */
export async function schreibeDatenStand(datei: string, text: string): Promise<boolean> {
  try {
    if ((await readFile(datei, 'utf8')) === text) return false;
  } catch {
    // missing or unreadable: written anew
  }
  const temp = path.join(path.dirname(datei), `${path.basename(datei)}.tmp-${process.pid}`);
  try {
    await mkdir(path.dirname(datei), { recursive: true });
    await writeFile(temp, text);
    await rename(temp, datei);
  } catch (fehler) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw fehler;
  }
  return true;
}
