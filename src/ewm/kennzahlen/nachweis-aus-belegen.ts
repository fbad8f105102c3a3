/**
 * Turns the engine's Belege into the format-free Nachweis (records with file, line, id, title, amount).
 * Entries are built per key on demand and not kept: at a million rows the report's entries would
 * otherwise need more memory than the whole export.
 */
import type { Herkunftsort } from '../../model/typen.js';
import type { Akteur, Beteiligung } from '../model/typen.js';
import { je } from '../../nachweis/je.js';
import { nachweisAusBelegenMap } from '../../nachweis/nachweis-aus-belegen-map.js';
import {
  merkmalSchluessel, type Fundstelle, type KennzahlStrom, type Merkmale, type Nachweis,
  type NachweisBezug, type NachweisDatensatz,
} from '../../nachweis/typen.js';
import type { Beleg, Belege, Vorhaben } from './beleg.js';
import { centZuEuro } from './cent-zu-euro.js';
import { akteurMerkmale, merkmaleVon } from './merkmale-von.js';
import { wertVon } from './wert-von.js';

function fundstelle(q: Herkunftsort): Fundstelle {
  return q.pfad === undefined ? { datei: q.datei, zeile: q.zeile } : { datei: q.datei, zeile: q.zeile, pfad: q.pfad };
}

/** File, then line, then JSON path, then id: the order records appear in the export. */
function nachOrt(a: Herkunftsort, ida: string, b: Herkunftsort, idb: string): number {
  if (a.datei !== b.datei) return a.datei < b.datei ? -1 : 1;
  if (a.zeile !== b.zeile) return a.zeile - b.zeile;
  const pa = a.pfad ?? '';
  const pb = b.pfad ?? '';
  if (pa !== pb) return pa < pb ? -1 : 1;
  return ida < idb ? -1 : ida > idb ? 1 : 0;
}
const vorhabenOrdnung = (a: Vorhaben, b: Vorhaben): number => nachOrt(a.quelle, a.id, b.quelle, b.id);
const akteurOrdnung = (a: Akteur, b: Akteur): number => nachOrt(a.quelle, a.id, b.quelle, b.id);
const beteiligungOrdnung = (a: Beteiligung, b: Beteiligung): number => nachOrt(a.quelle, a.akteur_id, b.quelle, b.akteur_id);

function eintrag(v: Vorhaben): NachweisDatensatz {
  const q = v.quelle;
  return q.pfad === undefined ? { datei: q.datei, zeile: q.zeile, id: v.id, titel: v.titel } : { datei: q.datei, zeile: q.zeile, pfad: q.pfad, id: v.id, titel: v.titel };
}

function bezug(b: Beteiligung): NachweisBezug {
  return { akteur: b.akteur_id, vorhaben: b.vorhaben_id, ...fundstelle(b.quelle) };
}

/** The records in export order; most lists already are (built in file order), so they are copied only when not. */
function geordnet<T>(liste: readonly T[], ordnung: (a: T, b: T) => number): readonly T[] {
  for (let i = 1; i < liste.length; i++) if (ordnung(liste[i - 1] as T, liste[i] as T) > 0) return [...liste].sort(ordnung);
  return liste;
}

/** One key's figure and its records, each built as it is read (the lists hold references to the rows only). */
function strom(beleg: Beleg): KennzahlStrom {
  const wert = wertVon(beleg);
  if (beleg.art === 'anzahl') {
    const n: KennzahlStrom = { wert, datensaetze: je(geordnet(beleg.datensaetze, vorhabenOrdnung), eintrag) };
    if (beleg.ausgeschlossen !== undefined) {
      n.ausgeschlossen = geordnet(beleg.ausgeschlossen, (a, b) => vorhabenOrdnung(a.datensatz, b.datensatz))
        .map(({ datensatz, grund }) => ({ ...eintrag(datensatz), grund }));
    }
    return n;
  }
  if (beleg.art === 'summe') {
    const betrag = (v: Vorhaben): number => (beleg.einheit === 'cent' ? centZuEuro(beleg.betrag(v)) : beleg.betrag(v));
    const datensaetze = je(geordnet(beleg.datensaetze, vorhabenOrdnung), (v) => {
      const d = eintrag(v);
      d.betrag = betrag(v);
      return d;
    });
    return beleg.einheit === 'cent' ? { wert, einheit: 'euro', datensaetze } : { wert, datensaetze };
  }
  const datensaetze = je(geordnet(beleg.datensaetze, akteurOrdnung), (ze): NachweisDatensatz => ({
    ...fundstelle(ze.quelle),
    id: ze.id,
    titel: ze.name,
    ueber: geordnet(beleg.ueber.get(ze.id) ?? [], beteiligungOrdnung).map(bezug),
  }));
  return { wert, datensaetze };
}

/** Merkmale of every record any key names, in key order: the Vorhaben, the Zähleinheiten and the actors through which they count. */
function* merkmale(belege: Belege, akteure: readonly Akteur[]): Iterable<[string, Merkmale]> {
  const vorhaben = new Set<Vorhaben>();
  const einheiten = new Set<Akteur>();
  const beteiligte = new Set<string>();
  for (const beleg of belege.values()) {
    if (beleg.art === 'akteure') {
      for (const ze of beleg.datensaetze) {
        einheiten.add(ze);
        for (const b of beleg.ueber.get(ze.id) ?? []) beteiligte.add(b.akteur_id);
      }
      continue;
    }
    for (const v of beleg.datensaetze) vorhaben.add(v);
    if (beleg.art === 'anzahl') for (const a of beleg.ausgeschlossen ?? []) vorhaben.add(a.datensatz);
  }
  for (const a of akteure) if (beteiligte.has(a.id)) einheiten.add(a);
  // Sort the references by key, then build each record's Merkmale only as it is yielded.
  const alle: [string, () => Merkmale][] = [];
  for (const v of vorhaben) alle.push([merkmalSchluessel(v.quelle.datei, v.id), () => merkmaleVon(v)]);
  for (const a of einheiten) alle.push([merkmalSchluessel(a.quelle.datei, a.id), () => akteurMerkmale(a)]);
  alle.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [s, m] of alle) yield [s, m()];
}

/** The Nachweis of one report: every key with its value (derived from the records) and its records. */
export function nachweisAusBelegen(belege: Belege, jahr: number, cluster: string, akteure: readonly Akteur[]): Nachweis {
  return nachweisAusBelegenMap(belege, jahr, cluster, { wert: wertVon, strom, merkmale: () => merkmale(belege, akteure) });
}
