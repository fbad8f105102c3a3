/** One pass over the projects of a management: the records behind each figure, per Vergleichsjahr. */
import type { Projekt } from '../model/typen.js';
import { istAusgeschieden } from './ausgeschieden.js';
import { ausgeschiedenGrund } from './ausschluss-grund.js';
import type { Ausschluss } from './beleg.js';
import { jahrVon, jahresbeginn, stichtag } from './stichtag.js';
import { fuegeHinzu, jeWertEinmal } from './zaehle.js';

/** The projects neu initiiert in one year J, and their subsets per breakdown. */
export interface ProjektJahr {
  /** Stichtag of the year. */
  stichtag: string;
  neu: Projekt[];
  /** Begun in J but ausgeschieden by J's Stichtag. */
  ausgeschlossen: Ausschluss[];
  status: Map<string, Projekt[]>;
  /** With a Fördergeber other than `keine`. */
  gefoerdert: Projekt[];
  realisiert: Projekt[];
  antizipiert: Projekt[];
  fueui: Projekt[];
  konsortialstruktur: Map<string, Projekt[]>;
  foerdergeber: Map<string, Projekt[]>;
  handlungsfeld: Map<string, Projekt[]>;
  crosscluster: Projekt[];
  beteiligungen: Map<string, Projekt[]>;
  leitlinie: Map<string, Projekt[]>;
  schwerpunktthema: Map<string, Projekt[]>;
}

/** Result of the project pass. */
export interface ProjektZaehlung {
  /** Projects begleitet in the Berichtsjahr. */
  begleitet: Projekt[];
  /** Running in the Berichtsjahr but ausgeschieden by its Stichtag. */
  begleitetAusgeschlossen: Ausschluss[];
  jahre: Map<number, ProjektJahr>;
}

function leeresJahr(jahr: number): ProjektJahr {
  return {
    stichtag: stichtag(jahr), neu: [], ausgeschlossen: [], status: new Map(), gefoerdert: [], realisiert: [], antizipiert: [],
    fueui: [], konsortialstruktur: new Map(), foerdergeber: new Map(), handlungsfeld: new Map(), crosscluster: [],
    beteiligungen: new Map(), leitlinie: new Map(), schwerpunktthema: new Map(),
  };
}

/**
 * Collects the projects led by `cluster`: begleitet in `berichtsjahr`, neu initiiert in each of `jahre`. O(n).
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
  const ergebnis: ProjektZaehlung = { begleitet: [], begleitetAusgeschlossen: [], jahre: new Map() };
  for (const j of jahre) ergebnis.jahre.set(j, leeresJahr(j));
  const stichtagY = stichtag(berichtsjahr);
  const beginnY = jahresbeginn(berichtsjahr);

  for (const p of projekte) {
    if (p.cluster !== cluster) continue;
    if (p.laufzeitbeginn <= stichtagY && (p.laufzeitende === undefined || p.laufzeitende >= beginnY)) {
      if (!istAusgeschieden(p, stichtagY)) ergebnis.begleitet.push(p);
      else ergebnis.begleitetAusgeschlossen.push({ datensatz: p, grund: ausgeschiedenGrund(p, stichtagY) });
    }
    const j = jahrVon(p.laufzeitbeginn);
    const z = ergebnis.jahre.get(j);
    if (z === undefined) continue;
    if (istAusgeschieden(p, z.stichtag)) {
      z.ausgeschlossen.push({ datensatz: p, grund: ausgeschiedenGrund(p, z.stichtag) });
      continue;
    }
    if (merke.has(j)) neu.set(p.id, j);

    z.neu.push(p);
    fuegeHinzu(z.status, p.status, p);
    if (p.foerdergeber !== 'keine') z.gefoerdert.push(p);
    if (p.status === 'begonnen_laufend' || p.status === 'regulaer_beendet') z.realisiert.push(p);
    if (p.status === 'in_vorbereitung' || p.status === 'antrag_gestellt') z.antizipiert.push(p);
    if (p.fueui) {
      z.fueui.push(p);
      if (p.konsortialstruktur !== undefined) fuegeHinzu(z.konsortialstruktur, p.konsortialstruktur, p);
      fuegeHinzu(z.foerdergeber, p.foerdergeber, p);
    }
    fuegeHinzu(z.handlungsfeld, p.handlungsfeld, p);
    if (jeWertEinmal(p.beteiligte_cluster, cluster, (c) => fuegeHinzu(z.beteiligungen, c, p)) > 0) z.crosscluster.push(p);
    jeWertEinmal(p.leitlinien, undefined, (l) => fuegeHinzu(z.leitlinie, l, p));
    jeWertEinmal(p.schwerpunktthemen, undefined, (s) => fuegeHinzu(z.schwerpunktthema, s, p));
  }
  return ergebnis;
}
