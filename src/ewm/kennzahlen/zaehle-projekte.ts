/** One pass over the projects of a management: counts and cent sums per Vergleichsjahr. */
import type { Cent } from '../../model/typen.js';
import type { Projekt } from '../model/typen.js';
import { istAusgeschieden } from './ausgeschieden.js';
import { jahrVon, jahresbeginn, stichtag } from './stichtag.js';
import { erhoehe, jeWertEinmal } from './zaehle.js';

/** Counts of the projects neu initiiert in one year J (amounts in integer cents). */
export interface ProjektJahr {
  /** Stichtag of the year. */
  stichtag: string;
  neu: number;
  status: Map<string, number>;
  projektvolumen: Cent;
  projektvolumen_bb: Cent;
  foerdervolumen: Cent;
  foerdervolumen_bb: Cent;
  projektvolumen_gefoerdert: Cent;
  projektvolumen_realisiert: Cent;
  projektvolumen_antizipiert: Cent;
  fueui: number;
  konsortialstruktur: Map<string, number>;
  foerdergeber: Map<string, number>;
  handlungsfeld: Map<string, number>;
  crosscluster: number;
  beteiligungen: Map<string, number>;
  leitlinie: Map<string, number>;
  schwerpunktthema: Map<string, number>;
}

/** Result of the project pass. */
export interface ProjektZaehlung {
  /** Projects begleitet in the Berichtsjahr. */
  begleitet: number;
  jahre: Map<number, ProjektJahr>;
}

function leeresJahr(jahr: number): ProjektJahr {
  return {
    stichtag: stichtag(jahr), neu: 0, status: new Map(), projektvolumen: 0, projektvolumen_bb: 0, foerdervolumen: 0, foerdervolumen_bb: 0,
    projektvolumen_gefoerdert: 0, projektvolumen_realisiert: 0, projektvolumen_antizipiert: 0, fueui: 0,
    konsortialstruktur: new Map(), foerdergeber: new Map(), handlungsfeld: new Map(), crosscluster: 0,
    beteiligungen: new Map(), leitlinie: new Map(), schwerpunktthema: new Map(),
  };
}

/**
 * Counts the projects led by `cluster`: begleitet in `berichtsjahr`, neu initiiert in each of `jahre`. O(n).
 * Each new project of a year in `merke` is recorded in `neu` (id → year) for the actor pass.
 */
export function zaehleProjekte(
  projekte: readonly Projekt[],
  cluster: string,
  berichtsjahr: number,
  jahre: readonly number[],
  merke: ReadonlySet<number> = new Set(),
  neu: Map<string, number> = new Map(),
): ProjektZaehlung {
  const ergebnis: ProjektZaehlung = { begleitet: 0, jahre: new Map() };
  for (const j of jahre) ergebnis.jahre.set(j, leeresJahr(j));
  const stichtagY = stichtag(berichtsjahr);
  const beginnY = jahresbeginn(berichtsjahr);

  for (const p of projekte) {
    if (p.cluster !== cluster) continue;
    if (p.laufzeitbeginn <= stichtagY && (p.laufzeitende === undefined || p.laufzeitende >= beginnY) && !istAusgeschieden(p, stichtagY)) {
      ergebnis.begleitet++;
    }
    const j = jahrVon(p.laufzeitbeginn);
    const z = ergebnis.jahre.get(j);
    if (z === undefined || istAusgeschieden(p, z.stichtag)) continue;
    if (merke.has(j)) neu.set(p.id, j);

    z.neu++;
    erhoehe(z.status, p.status);
    z.projektvolumen += p.projektvolumen;
    z.projektvolumen_bb += p.projektvolumen_bb;
    z.foerdervolumen += p.foerdervolumen;
    z.foerdervolumen_bb += p.foerdervolumen_bb;
    if (p.foerdergeber !== 'keine') z.projektvolumen_gefoerdert += p.projektvolumen;
    if (p.status === 'begonnen_laufend' || p.status === 'regulaer_beendet') z.projektvolumen_realisiert += p.projektvolumen;
    if (p.status === 'in_vorbereitung' || p.status === 'antrag_gestellt') z.projektvolumen_antizipiert += p.projektvolumen;
    if (p.fueui) {
      z.fueui++;
      if (p.konsortialstruktur !== undefined) erhoehe(z.konsortialstruktur, p.konsortialstruktur);
      erhoehe(z.foerdergeber, p.foerdergeber);
    }
    erhoehe(z.handlungsfeld, p.handlungsfeld);
    if (jeWertEinmal(p.beteiligte_cluster, cluster, (c) => erhoehe(z.beteiligungen, c)) > 0) z.crosscluster++;
    jeWertEinmal(p.leitlinien, undefined, (l) => erhoehe(z.leitlinie, l));
    jeWertEinmal(p.schwerpunktthemen, undefined, (s) => erhoehe(z.schwerpunktthema, s));
  }
  return ergebnis;
}
