import { ausHundertsteln } from './aus-hundertsteln.js';
import type { ClusterBeleg } from './cluster-beleg.js';

/** The figure of a Beleg: its number of rows, or the sum of their amounts (summed as integers, then scaled). */
export function clusterBelegWert(beleg: ClusterBeleg): number {
  if (beleg.art === 'anzahl') return beleg.zeilen.length;
  let summe = 0;
  for (const z of beleg.zeilen) summe += beleg.betrag(z);
  return beleg.einheit === 'stueck' ? summe : ausHundertsteln(summe);
}
