/** The Kennzahlen of one management and Berichtsjahr: each derived from the records behind it. */
import type { EwmDaten } from '../model/typen.js';
import type { Belege } from './beleg.js';
import { berechneBelege } from './berechne-belege.js';
import { wertVon } from './wert-von.js';

/** Flat Kennzahlen: amounts in euros (cents/100), counts as integers. */
export type Kennzahlen = Record<string, number>;

/** The figure of every Beleg (`wertVon`), in key order. */
export function kennzahlenAus(belege: Belege): Kennzahlen {
  const k: Kennzahlen = {};
  for (const [s, beleg] of belege) k[s] = wertVon(beleg);
  return k;
}

/** Computes every Kennzahl of the EWM methodology for one management and Berichtsjahr. */
export function berechneKennzahlen(daten: EwmDaten, cluster: string, jahr: number): Kennzahlen {
  return kennzahlenAus(berechneBelege(daten, cluster, jahr));
}
