/**
 * The Kennzahlen of the clusterbericht format: every key of the contract, each derived from the rows behind
 * it (`berechneClusterberichtBelege`, `clusterBelegWert`), so a figure and its Nachweis cannot disagree.
 */
import type { Kennzahlen } from '../../bericht/berichtsformat.js';
import type { ClusterberichtTabellen } from '../typen.js';
import { berechneClusterberichtBelege } from './berechne-clusterbericht-belege.js';
import { clusterBelegWert } from './cluster-beleg-wert.js';

export { veranstaltungenImJahr } from './veranstaltungen-im-jahr.js';

/** Computes all Kennzahlen of `cluster` in `jahr`. */
export function berechneClusterberichtKennzahlen(daten: ClusterberichtTabellen, cluster: string, jahr: number): Kennzahlen {
  const k: Kennzahlen = {};
  for (const [s, beleg] of berechneClusterberichtBelege(daten, cluster, jahr)) k[s] = clusterBelegWert(beleg);
  return k;
}
