/**
 * The Kennzahlen engine: every figure of the EWM methodology for one management and Berichtsjahr.
 *
 * Stages: categories and keys (all 0) → projects pass → activities pass → actors pass over the
 * Beteiligungen of the new Vorhaben → flat record. Pure: no I/O, no clock, no globals; O(n).
 */
import type { EwmDaten } from '../model/typen.js';
import { centZuEuro } from './cent-zu-euro.js';
import { kennzahlKategorien } from './kennzahl-kategorien.js';
import { kennzahlSchluessel } from './kennzahl-schluessel.js';
import { zaehleAkteure, type AkteurGruppe } from './zaehle-akteure.js';
import { zaehleAktivitaeten } from './zaehle-aktivitaeten.js';
import { zaehleProjekte } from './zaehle-projekte.js';

/** Flat Kennzahlen: amounts in euros (cents/100), counts as integers. */
export type Kennzahlen = Record<string, number>;

/** Writes every entry of a count map under `praefix.<slug>` (categories outside the key list get their own key). */
function schreibe(k: Kennzahlen, praefix: string, m: ReadonlyMap<string, number>): void {
  for (const [slug, n] of m) k[`${praefix}.${slug}`] = n;
}

function schreibeAkteure(k: Kennzahlen, praefix: string, g: AkteurGruppe): void {
  k[praefix] = g.anzahl;
  schreibe(k, `${praefix}.herkunft`, g.herkunft);
  schreibe(k, `${praefix}.typ`, g.typ);
  schreibe(k, `${praefix}.unternehmen.groessenklasse`, g.groessenklasse);
}

/** Computes every Kennzahl of the EWM methodology for one management and Berichtsjahr. */
export function berechneKennzahlen(daten: EwmDaten, cluster: string, jahr: number): Kennzahlen {
  // 1. Categories and the complete key list, every key 0.
  const kat = kennzahlKategorien(daten.cluster, cluster, jahr);
  const k: Kennzahlen = {};
  for (const s of kennzahlSchluessel(kat)) k[s] = 0;

  // 2. Projects: begleitet in Y, neu initiiert per year of Y−2..Y (remember the new ones of the actor window).
  const akteurJahre = new Set(kat.jahre.akteure);
  const neueProjekte = new Map<string, number>();
  const neueAktivitaeten = new Map<string, number>();
  const pz = zaehleProjekte(daten.projekte, cluster, jahr, kat.jahre.projekte, akteurJahre, neueProjekte);
  k[`projekte.begleitet.${jahr}`] = pz.begleitet;
  for (const [j, z] of pz.jahre) {
    const p = `projekte.neu.${j}`;
    k[p] = z.neu;
    if (j === jahr) {
      schreibe(k, `${p}.status`, z.status);
      k[`${p}.projektvolumen_realisiert`] = centZuEuro(z.projektvolumen_realisiert);
      k[`${p}.projektvolumen_antizipiert`] = centZuEuro(z.projektvolumen_antizipiert);
    }
    k[`${p}.projektvolumen`] = centZuEuro(z.projektvolumen);
    k[`${p}.projektvolumen_bb`] = centZuEuro(z.projektvolumen_bb);
    k[`${p}.foerdervolumen`] = centZuEuro(z.foerdervolumen);
    k[`${p}.foerdervolumen_bb`] = centZuEuro(z.foerdervolumen_bb);
    k[`${p}.projektvolumen_gefoerdert`] = centZuEuro(z.projektvolumen_gefoerdert);
    k[`${p}.fueui`] = z.fueui;
    schreibe(k, `${p}.fueui.konsortialstruktur`, z.konsortialstruktur);
    schreibe(k, `${p}.fueui.foerdergeber`, z.foerdergeber);
    schreibe(k, `${p}.handlungsfeld`, z.handlungsfeld);
    k[`${p}.crosscluster`] = z.crosscluster;
    schreibe(k, `${p}.crosscluster.beteiligungen`, z.beteiligungen);
    schreibe(k, `${p}.leitlinie`, z.leitlinie);
    schreibe(k, `${p}.schwerpunktthema`, z.schwerpunktthema);
  }

  // 3. Sonstige Aktivitäten neu initiiert per year of Y−1..Y.
  const az = zaehleAktivitaeten(daten.aktivitaeten, cluster, kat.jahre.aktivitaeten, akteurJahre, neueAktivitaeten);
  for (const [j, z] of az.jahre) {
    const a = `aktivitaeten.neu.${j}`;
    k[a] = z.neu;
    k[`${a}.crosscluster`] = z.crosscluster;
    schreibe(k, `${a}.crosscluster.beteiligungen`, z.beteiligungen);
    schreibe(k, `${a}.handlungsfeld`, z.handlungsfeld);
    schreibe(k, `${a}.format`, z.format);
    k[`${a}.teilnehmende`] = z.teilnehmende;
  }

  // 4. Actors (Zähleinheiten) of the new Vorhaben per year of Y−1..Y.
  const akteure = zaehleAkteure(daten.akteure, daten.beteiligungen, { projekte: neueProjekte, aktivitaeten: neueAktivitaeten }, kat.jahre.akteure);
  for (const [j, z] of akteure) {
    schreibeAkteure(k, `akteure.${j}`, z.gesamt);
    schreibeAkteure(k, `akteure.${j}.projekte`, z.projekte);
  }
  return k;
}
