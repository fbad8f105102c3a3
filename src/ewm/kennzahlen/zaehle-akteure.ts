/** Distinct Zähleinheiten of the actors taking part in new Vorhaben, per year. */
import type { Akteur, Beteiligung } from '../model/typen.js';
import { groessenklasseVon } from './groessenklasse-von.js';
import { erhoehe } from './zaehle.js';
import { zaehleinheitFinder } from './zaehleinheit-finder.js';

/** Breakdown of one set of Zähleinheiten. */
export interface AkteurGruppe {
  anzahl: number;
  herkunft: Map<string, number>;
  typ: Map<string, number>;
  /** Companies only. */
  groessenklasse: Map<string, number>;
}

/** Actors of one year: all new Vorhaben, and the new projects only. */
export interface AkteurJahr {
  gesamt: AkteurGruppe;
  projekte: AkteurGruppe;
}

/** Which new Vorhaben count in which year: id → year, for projects and activities. */
export interface NeueVorhaben {
  projekte: ReadonlyMap<string, number>;
  aktivitaeten: ReadonlyMap<string, number>;
}

function gruppe(einheiten: Iterable<Akteur>): AkteurGruppe {
  const g: AkteurGruppe = { anzahl: 0, herkunft: new Map(), typ: new Map(), groessenklasse: new Map() };
  for (const a of einheiten) {
    g.anzahl++;
    erhoehe(g.herkunft, a.sitz);
    erhoehe(g.typ, a.typ);
    if (a.typ === 'unternehmen') {
      const k = groessenklasseVon(a);
      if (k !== undefined) erhoehe(g.groessenklasse, k);
    }
  }
  return g;
}

/** Counts the Zähleinheiten per year in `jahre`: one pass over the Beteiligungen, O(n). */
export function zaehleAkteure(
  akteure: readonly Akteur[],
  beteiligungen: readonly Beteiligung[],
  neu: NeueVorhaben,
  jahre: readonly number[],
): Map<number, AkteurJahr> {
  const zaehleinheit = zaehleinheitFinder(akteure);
  const erstes = jahre.length === 0 ? 0 : Math.min(...jahre);
  // Per year (index j − erstes): Zähleinheiten of all new Vorhaben, and of the new projects.
  const gesamt = jahre.map(() => new Map<string, Akteur>());
  const projekte = jahre.map(() => new Map<string, Akteur>());
  for (const b of beteiligungen) {
    const jp = neu.projekte.get(b.vorhaben_id);
    const j = jp ?? neu.aktivitaeten.get(b.vorhaben_id);
    if (j === undefined) continue;
    const menge = gesamt[j - erstes];
    if (menge === undefined) continue;
    const ze = zaehleinheit(b.akteur_id);
    if (ze === undefined) continue;
    menge.set(ze.id, ze);
    if (jp !== undefined) projekte[j - erstes]?.set(ze.id, ze);
  }
  const ergebnis = new Map<number, AkteurJahr>();
  for (const j of jahre) {
    ergebnis.set(j, { gesamt: gruppe(gesamt[j - erstes]?.values() ?? []), projekte: gruppe(projekte[j - erstes]?.values() ?? []) });
  }
  return ergebnis;
}
