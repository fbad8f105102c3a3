import { clusterArtWort } from '../../format/management.js';
import type { Cluster } from '../../model/typen.js';
import type { InhaltsEintrag } from './ewm-modell.js';

/** Placeholder page number of the first pass: two digits, the width of a real page number. */
export const SEITEN_PLATZHALTER = '00';

/**
 * The chapters of the EWM report as listed in the table of contents. `text` is the heading exactly as
 * rendered ("3.1 Aktivitäten zur Initiierung und Begleitung von Projekten") and keys the `seiten` map.
 */
export function inhaltsEintraege(cluster: Cluster, jahr: number, seiten: Map<string, number> = new Map()): InhaltsEintrag[] {
  const kapitel: [string, string, string, 1 | 2][] = [
    ['1', `Das ${clusterArtWort(cluster)} ${cluster.name} im Überblick`, 'kapitel-1', 1],
    ['2', 'Methodische Hinweise', 'kapitel-2', 1],
    ['3', `Entwicklungen im Jahr ${jahr}`, 'kapitel-3', 1],
    ['3.1', 'Aktivitäten zur Initiierung und Begleitung von Projekten', 'kapitel-3-1', 2],
    ['3.2', 'Sonstige Aktivitäten', 'kapitel-3-2', 2],
    ['3.3', 'Beteiligte Akteursgruppen', 'kapitel-3-3', 2],
    ['3.4', 'Fazit und Ausblick', 'kapitel-3-4', 2],
    ['3.5', 'Erfolgsbeispiele', 'kapitel-3-5', 2],
  ];
  return kapitel.map(([nummer, titel, id, ebene]) => {
    const text = `${nummer} ${titel}`;
    const seite = seiten.get(text);
    return { text, nummer, titel, id, ebene, seite: seite === undefined ? SEITEN_PLATZHALTER : String(seite) };
  });
}
