import { readFile } from 'node:fs/promises';
import { schreibeDateiAtomar } from '../ausgabe/schreibe-datei-atomar.js';
import { DATENSTAND_SCHEMA, type DatenStand } from './daten-stand.js';

/** The record as written: schema first, two-space indent, trailing newline. */
export function datenStandText(stand: Omit<DatenStand, 'schema'>): string {
  const { werkzeug, optionen, eingaben, formate, cluster, berichtet, probleme } = stand;
  return `${JSON.stringify({ schema: DATENSTAND_SCHEMA, werkzeug, optionen, eingaben, formate, cluster, berichtet, probleme }, null, 2)}\n`;
}

/**
 * Writes the record to `datei` (atomically) unless the file already holds exactly
 * this text: a run that changed nothing leaves it untouched. Returns whether it wrote.
 */
export async function schreibeDatenStand(datei: string, text: string): Promise<boolean> {
  try {
    if ((await readFile(datei, 'utf8')) === text) return false;
  } catch {
    // missing or unreadable: written anew
  }
  await schreibeDateiAtomar(datei, text);
  return true;
}
