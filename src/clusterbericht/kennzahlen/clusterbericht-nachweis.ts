/**
 * Turns the clusterbericht Belege into the format-free Nachweis: every row with file, line, an id
 * (`datei:zeile`: the tables have no ids), a title and, for sums, its amount. Entries are built per key
 * on demand.
 */
import { datum } from '../../format/datum.js';
import { dezimal } from '../../format/dezimal.js';
import { euroGenau } from '../../format/euro-genau.js';
import { je } from '../../nachweis/je.js';
import { nachweisAusBelegenMap } from '../../nachweis/nachweis-aus-belegen-map.js';
import {
  merkmalSchluessel, type Fundstelle, type KennzahlStrom, type Merkmale, type Nachweis, type NachweisDatensatz,
} from '../../nachweis/typen.js';
import type { ClusterberichtTabelle } from '../typen.js';
import type { ClusterBeleg, ClusterBelege, ClusterZeile } from './cluster-beleg.js';
import { clusterBelegWert } from './cluster-beleg-wert.js';
import { ausHundertsteln } from './aus-hundertsteln.js';

/** Where a row is; a row built without origin (tests) counts as line 0 of its table's CSV. */
function fundstelle(z: ClusterZeile, tabelle: ClusterberichtTabelle): Fundstelle {
  const h = z.herkunft;
  if (h === undefined) return { datei: `${tabelle}.csv`, zeile: 0 };
  return h.pfad === undefined ? { datei: h.datei, zeile: h.zeile } : { datei: h.datei, zeile: h.zeile, pfad: h.pfad };
}

/** `datei:zeile` (JSON input: `datei:[12]`), the id of a row. */
function zeilenId(f: Fundstelle): string {
  return `${f.datei}:${f.pfad ?? f.zeile}`;
}

/** What a row is called in the Nachweis. */
function titel(z: ClusterZeile, tabelle: ClusterberichtTabelle): string {
  const r = z as unknown as Record<string, string | number | undefined>;
  switch (tabelle) {
    case 'eckdaten': return `Eckdaten ${String(r.jahr)}`;
    case 'branche': return String(r.bezeichnung);
    case 'netzwerke': return String(r.name);
    case 'forschungsthemen': return String(r.titel);
    case 'schutzrechte': return r.gegenstand === undefined ? String(r.unternehmen) : `${String(r.unternehmen)}: ${String(r.gegenstand)}`;
    case 'leistungen': return String(r.unternehmen);
    case 'veranstaltungen': return `${String(r.titel)} (${datum(String(r.beginn))})`;
    case 'investitionen': return `${String(r.unternehmen)}, ${String(r.ort)}`;
    case 'gruendungen': return `${String(r.geschaeftszweck)}, ${String(r.ort)}`;
  }
}

const CENT = new Set(['kosten', 'umsatz', 'volumen']);
const HUNDERTSTEL = new Set(['personal_mannjahre', 'exportanteil']);
const DATUM = new Set(['beginn', 'ende', 'seit']);

/** The deciding fields of a row (for `vergleich`): every field but the origin, as the report shows it. */
function merkmaleVon(z: ClusterZeile): Merkmale {
  const m: Merkmale = {};
  for (const [feld, wert] of Object.entries(z)) {
    if (feld === 'herkunft' || wert === undefined) continue;
    if (typeof wert === 'boolean') m[feld] = wert ? 'ja' : 'nein';
    else if (typeof wert === 'number' && CENT.has(feld)) m[feld] = euroGenau(wert / 100);
    else if (typeof wert === 'number' && HUNDERTSTEL.has(feld)) m[feld] = dezimal(wert / 100, 2);
    else if (typeof wert === 'string' && DATUM.has(feld)) m[feld] = datum(wert);
    else m[feld] = String(wert);
  }
  return m;
}

function eintrag(z: ClusterZeile, tabelle: ClusterberichtTabelle): NachweisDatensatz {
  const f = fundstelle(z, tabelle);
  return { ...f, id: zeilenId(f), titel: titel(z, tabelle) };
}

/** One key's figure and its rows, each entry built as it is read. */
function strom(beleg: ClusterBeleg): KennzahlStrom {
  const wert = clusterBelegWert(beleg);
  if (beleg.art === 'anzahl') {
    const n: KennzahlStrom = { wert, datensaetze: je(beleg.zeilen, (z) => eintrag(z, beleg.tabelle)) };
    if (beleg.ausgeschlossen !== undefined && beleg.ausgeschlossen.length > 0) {
      n.ausgeschlossen = beleg.ausgeschlossen.map(({ zeile, grund }) => ({ ...eintrag(zeile, beleg.tabelle), grund }));
    }
    return n;
  }
  const betrag = (z: ClusterZeile): number => (beleg.einheit === 'stueck' ? beleg.betrag(z) : ausHundertsteln(beleg.betrag(z)));
  const datensaetze = je(beleg.zeilen, (z) => ({ ...eintrag(z, beleg.tabelle), betrag: betrag(z) }));
  return beleg.einheit === 'cent' ? { wert, einheit: 'euro', datensaetze } : { wert, datensaetze };
}

/** Merkmale of every row any key names, in code-unit order of `datei#id`. */
function* merkmale(belege: ClusterBelege): Iterable<[string, Merkmale]> {
  const alle = new Map<string, ClusterZeile>();
  for (const beleg of belege.values()) {
    const zeilen = beleg.art === 'anzahl' ? [...beleg.zeilen, ...(beleg.ausgeschlossen ?? []).map((a) => a.zeile)] : beleg.zeilen;
    for (const z of zeilen) {
      const f = fundstelle(z, beleg.tabelle);
      alle.set(merkmalSchluessel(f.datei, zeilenId(f)), z);
    }
  }
  for (const s of [...alle.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) yield [s, merkmaleVon(alle.get(s) as ClusterZeile)];
}

/** The Nachweis of one clusterbericht: every key with its value (derived from the rows) and its rows. */
export function clusterberichtNachweis(belege: ClusterBelege, jahr: number, cluster: string): Nachweis {
  return nachweisAusBelegenMap(belege, jahr, cluster, { wert: clusterBelegWert, strom, merkmale: () => merkmale(belege) });
}
