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
  const texte = (x: unknown): boolean => Array.isArray(x) && x.every((t) => typeof t === 'string');
  const objekt = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  const vollstaendig =
    stand.schema === DATENSTAND_SCHEMA &&
    [stand.eingaben, stand.optionen, stand.werkzeug].every(objekt) &&
    texte(stand.formate) &&
    objekt(stand.berichtet) &&
    Object.values(stand.berichtet).every(texte) &&
    Array.isArray(stand.cluster) &&
    stand.cluster.every((c: unknown) => objekt(c) && typeof c.slug === 'string' && typeof c.name === 'string' && typeof c.berichtsformat === 'string') &&
    Array.isArray(stand.probleme) &&
    stand.probleme.every((p: unknown) => objekt(p) && typeof p.schwere === 'string' && typeof p.datei === 'string' && typeof p.meldung === 'string');
  return vollstaendig ? (stand as DatenStand) : undefined;
}
