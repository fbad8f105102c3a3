/** Distinct Zähleinheiten of the actors taking part in new Vorhaben, per year, with the participations behind each. */
import type { Akteur, Beteiligung } from '../model/typen.js';
import { groessenklasseVon } from './groessenklasse-von.js';
import { fuegeHinzu } from './zaehle.js';
import { zaehleinheitFinder } from './zaehleinheit-finder.js';

/** One set of Zähleinheiten and its breakdowns (lists of Zähleinheiten). */
export interface AkteurGruppe {
  einheiten: Akteur[];
  /** Zähleinheit id → the participations through which it counts. */
  ueber: Map<string, Beteiligung[]>;
  herkunft: Map<string, Akteur[]>;
  typ: Map<string, Akteur[]>;
  /** Companies only. */
  groessenklasse: Map<string, Akteur[]>;
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

function leereGruppe(): AkteurGruppe {
  return { einheiten: [], ueber: new Map(), herkunft: new Map(), typ: new Map(), groessenklasse: new Map() };
}

function nimmAuf(g: AkteurGruppe, ze: Akteur, b: Beteiligung): void {
  const bisher = g.ueber.get(ze.id);
  if (bisher !== undefined) { bisher.push(b); return; }
  g.ueber.set(ze.id, [b]);
  g.einheiten.push(ze);
  fuegeHinzu(g.herkunft, ze.sitz, ze);
  fuegeHinzu(g.typ, ze.typ, ze);
  if (ze.typ === 'unternehmen') {
    const k = groessenklasseVon(ze);
    if (k !== undefined) fuegeHinzu(g.groessenklasse, k, ze);
  }
}

/** Collects the Zähleinheiten per year in `jahre`: one pass over the Beteiligungen, O(n). */
export function zaehleAkteure(
  akteure: readonly Akteur[],
  beteiligungen: readonly Beteiligung[],
  neu: NeueVorhaben,
  jahre: readonly number[],
): Map<number, AkteurJahr> {
  const zaehleinheit = zaehleinheitFinder(akteure);
  const ergebnis = new Map<number, AkteurJahr>();
  for (const j of jahre) ergebnis.set(j, { gesamt: leereGruppe(), projekte: leereGruppe() });
  for (const b of beteiligungen) {
    const jp = neu.projekte.get(b.vorhaben_id);
    const j = jp ?? neu.aktivitaeten.get(b.vorhaben_id);
    if (j === undefined) continue;
    const jahr = ergebnis.get(j);
    if (jahr === undefined) continue;
    const ze = zaehleinheit(b.akteur_id);
    if (ze === undefined) continue;
    nimmAuf(jahr.gesamt, ze, b);
    if (jp !== undefined) nimmAuf(jahr.projekte, ze, b);
  }
  return ergebnis;
}
