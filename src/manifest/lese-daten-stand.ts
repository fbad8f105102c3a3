import { readFile } from 'node:fs/promises';
import { DATENSTAND_SCHEMA, type DatenStand } from './daten-stand.js';

/** The recorded data check in `datei`; undefined when there is none, it is unreadable or of another schema. */
export async function leseDatenStand(datei: string): Promise<DatenStand | undefined> {
  let stand: Partial<DatenStand>;
  try {
    stand = JSON.parse(await readFile(datei, 'utf8')) as Partial<DatenStand>;
  } catch {
    return undefined;
  }
  const vollstaendig =
    stand.schema === DATENSTAND_SCHEMA &&
    Array.isArray(stand.cluster) &&
    Array.isArray(stand.formate) &&
    Array.isArray(stand.probleme) &&
    [stand.berichtet, stand.eingaben, stand.optionen, stand.werkzeug].every((t) => typeof t === 'object' && t !== null);
  return vollstaendig ? (stand as DatenStand) : undefined;
}
