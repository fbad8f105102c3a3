/** One pass over the Sonstige Aktivitäten of a management: counts per Vergleichsjahr. */
import type { Aktivitaet } from '../model/typen.js';
import { istAusgeschieden } from './ausgeschieden.js';
import { jahrVon, stichtag } from './stichtag.js';
import { erhoehe, jeWertEinmal } from './zaehle.js';

/** Counts of the activities neu initiiert in one year J. */
export interface AktivitaetJahr {
  /** Stichtag of the year. */
  stichtag: string;
  neu: number;
  crosscluster: number;
  beteiligungen: Map<string, number>;
  handlungsfeld: Map<string, number>;
  format: Map<string, number>;
  teilnehmende: number;
}

/** Result of the activity pass. */
export interface AktivitaetZaehlung {
  jahre: Map<number, AktivitaetJahr>;
}

/**
 * Counts activities led by `cluster` neu initiiert in each of `jahre` (Standardaktivitäten and cancelled
 * ones excluded). O(n). Each new activity of a year in `merke` is recorded in `neu` (id → year).
 */
export function zaehleAktivitaeten(
  aktivitaeten: readonly Aktivitaet[],
  cluster: string,
  jahre: readonly number[],
  merke: ReadonlySet<number> = new Set(),
  neu: Map<string, number> = new Map(),
): AktivitaetZaehlung {
  const ergebnis: AktivitaetZaehlung = { jahre: new Map() };
  for (const j of jahre) {
    ergebnis.jahre.set(j, { stichtag: stichtag(j), neu: 0, crosscluster: 0, beteiligungen: new Map(), handlungsfeld: new Map(), format: new Map(), teilnehmende: 0 });
  }
  for (const a of aktivitaeten) {
    if (a.cluster !== cluster || a.standardaktivitaet) continue;
    const j = jahrVon(a.beginn);
    const z = ergebnis.jahre.get(j);
    if (z === undefined || istAusgeschieden(a, z.stichtag)) continue;
    if (merke.has(j)) neu.set(a.id, j);

    z.neu++;
    if (jeWertEinmal(a.beteiligte_cluster, cluster, (c) => erhoehe(z.beteiligungen, c)) > 0) z.crosscluster++;
    erhoehe(z.handlungsfeld, a.handlungsfeld);
    erhoehe(z.format, a.format);
    z.teilnehmende += a.teilnehmende ?? 0;
  }
  return ergebnis;
}
