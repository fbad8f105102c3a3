/** The shape of bench/ergebnisse.json: one row per measured figure, plus the machine. */
import type { Maschine } from './maschine.js';

/** A target: either on the ratio to the baseline, or on the value itself (growth factor, MB). */
export interface Ziel {
  max: number;
  auf: 'verhaeltnis' | 'wert';
  text: string;
}

export interface ErgebnisZeile {
  id: string;
  fall: string;
  einheit: 's' | 'MB' | '×';
  /** Median of the case (undefined when the case failed). */
  median?: number;
  /** Median of the baseline measured in the same run. */
  basis?: number;
  basisText?: string;
  verhaeltnis?: number;
  ziel?: Ziel;
  erreicht?: boolean;
  /** Every repetition, for the record. */
  werte?: number[];
  basisWerte?: number[];
  fehler?: string;
}

export interface Ergebnisse {
  zeitpunkt: string;
  modus: 'voll' | 'schnell';
  wiederholungen: number;
  maschine: Maschine;
  zeilen: ErgebnisZeile[];
  hinweise: string[];
}

/** Fills `verhaeltnis` and `erreicht` of a row from its median, baseline and target. */
export function bewerte(zeile: ErgebnisZeile): ErgebnisZeile {
  const z = { ...zeile };
  if (z.median !== undefined && z.basis !== undefined && z.basis > 0) z.verhaeltnis = z.median / z.basis;
  if (z.ziel !== undefined) {
    const wert = z.ziel.auf === 'verhaeltnis' ? z.verhaeltnis : z.median;
    z.erreicht = wert === undefined ? false : wert <= z.ziel.max;
  }
  return z;
}
