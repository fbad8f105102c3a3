/** One pass over the Sonstige Aktivitäten of a management: the records behind each figure, per Vergleichsjahr. */
import type { Aktivitaet } from '../model/typen.js';
import { istAusgeschieden } from './ausgeschieden.js';
import { ausgeschiedenGrund, STANDARDAKTIVITAET_GRUND } from './ausschluss-grund.js';
import type { Ausschluss } from './beleg.js';
import { jahrVon, stichtag } from './stichtag.js';
import { fuegeHinzu, jeWertEinmal } from './zaehle.js';

/** The activities neu initiiert in one year J, and their subsets per breakdown. */
export interface AktivitaetJahr {
  /** Stichtag of the year. */
  stichtag: string;
  neu: Aktivitaet[];
  /** Begun in J but a Standardaktivität or abgesagt by J's Stichtag. */
  ausgeschlossen: Ausschluss[];
  crosscluster: Aktivitaet[];
  beteiligungen: Map<string, Aktivitaet[]>;
  handlungsfeld: Map<string, Aktivitaet[]>;
  format: Map<string, Aktivitaet[]>;
}

/** Result of the activity pass. */
export interface AktivitaetZaehlung {
  jahre: Map<number, AktivitaetJahr>;
}

/**
 * Collects activities led by `cluster` neu initiiert in each of `jahre` (Standardaktivitäten and cancelled
 * ones excluded, with the reason). O(n). Each new activity of a year in `merke` is recorded in `neu` (id → year).
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
    ergebnis.jahre.set(j, { stichtag: stichtag(j), neu: [], ausgeschlossen: [], crosscluster: [], beteiligungen: new Map(), handlungsfeld: new Map(), format: new Map() });
  }
  for (const a of aktivitaeten) {
    if (a.cluster !== cluster) continue;
    const j = jahrVon(a.beginn);
    const z = ergebnis.jahre.get(j);
    if (z === undefined) continue;
    if (a.standardaktivitaet) {
      z.ausgeschlossen.push({ datensatz: a, grund: STANDARDAKTIVITAET_GRUND });
      continue;
    }
    if (istAusgeschieden(a, z.stichtag)) {
      z.ausgeschlossen.push({ datensatz: a, grund: ausgeschiedenGrund(a, z.stichtag) });
      continue;
    }
    if (merke.has(j)) neu.set(a.id, j);

    z.neu.push(a);
    if (jeWertEinmal(a.beteiligte_cluster, cluster, (c) => fuegeHinzu(z.beteiligungen, c, a)) > 0) z.crosscluster.push(a);
    fuegeHinzu(z.handlungsfeld, a.handlungsfeld, a);
    fuegeHinzu(z.format, a.format, a);
  }
  return ergebnis;
}
