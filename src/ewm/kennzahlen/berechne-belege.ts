/**
 * The Kennzahlen engine: the records behind every figure of the EWM methodology for one management
 * and Berichtsjahr.
 *
 * Stages: categories and keys → projects pass → activities pass → actors pass over the Beteiligungen
 * of the new Vorhaben → one Beleg per key (empty where nothing counts). Pure: no I/O, no clock, no
 * globals; O(n). The figures themselves are derived from these records (`wertVon`).
 */
import type { EwmDaten, Projekt } from '../model/typen.js';
import type { Beleg, Belege, Vorhaben } from './beleg.js';
import { kennzahlKategorien } from './kennzahl-kategorien.js';
import { kennzahlSchluessel } from './kennzahl-schluessel.js';
import { zaehleAkteure, type AkteurGruppe } from './zaehle-akteure.js';
import { zaehleAktivitaeten } from './zaehle-aktivitaeten.js';
import { zaehleProjekte } from './zaehle-projekte.js';

type Betragsfeld = 'projektvolumen' | 'projektvolumen_bb' | 'foerdervolumen' | 'foerdervolumen_bb';
const BETRAG: Record<Betragsfeld, (v: Vorhaben) => number> = {
  projektvolumen: (v) => (v as Projekt).projektvolumen,
  projektvolumen_bb: (v) => (v as Projekt).projektvolumen_bb,
  foerdervolumen: (v) => (v as Projekt).foerdervolumen,
  foerdervolumen_bb: (v) => (v as Projekt).foerdervolumen_bb,
};
const TEILNEHMENDE = (v: Vorhaben): number => ('teilnehmende' in v ? (v.teilnehmende ?? 0) : 0);

const anzahl = (datensaetze: Vorhaben[]): Beleg => ({ art: 'anzahl', datensaetze });
const summe = (datensaetze: Vorhaben[], betrag: (v: Vorhaben) => number): Beleg => ({ art: 'summe', einheit: 'cent', datensaetze, betrag });

/** The empty Beleg of a key the passes did not fill (nothing counts). */
function leer(schluessel: string): Beleg {
  if (schluessel.startsWith('akteure.')) return { art: 'akteure', datensaetze: [], ueber: new Map() };
  if (schluessel.endsWith('.teilnehmende')) return { art: 'summe', einheit: 'stueck', datensaetze: [], betrag: TEILNEHMENDE };
  const feld = /\.(projektvolumen|foerdervolumen)(_bb|_gefoerdert|_realisiert|_antizipiert)?$/.exec(schluessel);
  if (feld) return summe([], BETRAG.projektvolumen);
  return anzahl([]);
}

/** Computes the records behind every Kennzahl for one management and Berichtsjahr. */
export function berechneBelege(daten: EwmDaten, cluster: string, jahr: number): Belege {
  // 1. Categories and the complete key list.
  const kat = kennzahlKategorien(daten.cluster, cluster, jahr);
  const b: Belege = new Map();
  const setze = (s: string, beleg: Beleg): void => void b.set(s, beleg);
  const jeWert = (praefix: string, m: ReadonlyMap<string, Vorhaben[]>): void => {
    for (const [slug, liste] of m) setze(`${praefix}.${slug}`, anzahl(liste));
  };

  // 2. Projects: begleitet in Y, neu initiiert per year of Y−2..Y (remember the new ones of the actor window).
  const akteurJahre = new Set(kat.jahre.akteure);
  const neueProjekte = new Map<string, number>();
  const neueAktivitaeten = new Map<string, number>();
  const pz = zaehleProjekte(daten.projekte, cluster, jahr, kat.jahre.projekte, akteurJahre, neueProjekte);
  setze(`projekte.begleitet.${jahr}`, { art: 'anzahl', datensaetze: pz.begleitet, ausgeschlossen: pz.begleitetAusgeschlossen });
  for (const [j, z] of pz.jahre) {
    const p = `projekte.neu.${j}`;
    setze(p, { art: 'anzahl', datensaetze: z.neu, ausgeschlossen: z.ausgeschlossen });
    if (j === jahr) {
      jeWert(`${p}.status`, z.status);
      setze(`${p}.projektvolumen_realisiert`, summe(z.realisiert, BETRAG.projektvolumen));
      setze(`${p}.projektvolumen_antizipiert`, summe(z.antizipiert, BETRAG.projektvolumen));
    }
    for (const feld of Object.keys(BETRAG) as Betragsfeld[]) setze(`${p}.${feld}`, summe(z.neu, BETRAG[feld]));
    setze(`${p}.projektvolumen_gefoerdert`, summe(z.gefoerdert, BETRAG.projektvolumen));
    setze(`${p}.fueui`, anzahl(z.fueui));
    jeWert(`${p}.fueui.konsortialstruktur`, z.konsortialstruktur);
    jeWert(`${p}.fueui.foerdergeber`, z.foerdergeber);
    jeWert(`${p}.handlungsfeld`, z.handlungsfeld);
    setze(`${p}.crosscluster`, anzahl(z.crosscluster));
    jeWert(`${p}.crosscluster.beteiligungen`, z.beteiligungen);
    jeWert(`${p}.leitlinie`, z.leitlinie);
    jeWert(`${p}.schwerpunktthema`, z.schwerpunktthema);
  }

  // 3. Sonstige Aktivitäten neu initiiert per year of Y−1..Y.
  const az = zaehleAktivitaeten(daten.aktivitaeten, cluster, kat.jahre.aktivitaeten, akteurJahre, neueAktivitaeten);
  for (const [j, z] of az.jahre) {
    const a = `aktivitaeten.neu.${j}`;
    setze(a, { art: 'anzahl', datensaetze: z.neu, ausgeschlossen: z.ausgeschlossen });
    setze(`${a}.crosscluster`, anzahl(z.crosscluster));
    jeWert(`${a}.crosscluster.beteiligungen`, z.beteiligungen);
    jeWert(`${a}.handlungsfeld`, z.handlungsfeld);
    jeWert(`${a}.format`, z.format);
    setze(`${a}.teilnehmende`, { art: 'summe', einheit: 'stueck', datensaetze: z.neu, betrag: TEILNEHMENDE });
  }

  // 4. Actors (Zähleinheiten) of the new Vorhaben per year of Y−1..Y.
  const akteure = zaehleAkteure(daten.akteure, daten.beteiligungen, { projekte: neueProjekte, aktivitaeten: neueAktivitaeten }, kat.jahre.akteure);
  const gruppe = (praefix: string, g: AkteurGruppe): void => {
    const akteurBeleg = (liste: Beleg['datensaetze']): Beleg => ({ art: 'akteure', datensaetze: liste as AkteurGruppe['einheiten'], ueber: g.ueber });
    setze(praefix, akteurBeleg(g.einheiten));
    for (const [name, m] of [['herkunft', g.herkunft], ['typ', g.typ], ['unternehmen.groessenklasse', g.groessenklasse]] as const) {
      for (const [slug, liste] of m) setze(`${praefix}.${name}.${slug}`, akteurBeleg(liste));
    }
  };
  for (const [j, z] of akteure) {
    gruppe(`akteure.${j}`, z.gesamt);
    gruppe(`akteure.${j}.projekte`, z.projekte);
  }

  // 5. Every key of the list, in its order (empty where nothing counts); categories outside the list follow.
  const geordnet: Belege = new Map();
  for (const s of kennzahlSchluessel(kat)) geordnet.set(s, b.get(s) ?? leer(s));
  for (const [s, beleg] of b) if (!geordnet.has(s)) geordnet.set(s, beleg);
  return geordnet;
}
