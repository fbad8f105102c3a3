/**
 * Public entry point of reading and validation: one input directory → `Datenbestand` + problems.
 *
 * Stages: 1. find the files  2. cluster.json  3. the four tables, row by row (convert, check rows,
 * collect ids)  4. rules across files  5. bericht.json  6. sort problems; data only without errors.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../fehler.js';
import { dekodiereGanz } from '../lesen/dekodiere-text.js';
import { leseBericht } from '../lesen/lese-bericht.js';
import { leseCluster } from '../lesen/lese-cluster.js';
import { normalisiereSchluessel } from '../lesen/normalisiere-schluessel.js';
import { herkunftVon, ortText, ortVon, type RohZeile } from '../lesen/roh-zeile.js';
import type { Akteur, Aktivitaet, BerichtMeta, Beteiligung, Cluster, Datenbestand, Projekt } from '../model/typen.js';
import type { ClusterKontext } from './konvertiere-zelle.js';
import { IdVerzeichnis } from './id-verzeichnis.js';
import { leseTabelle } from './lese-tabelle.js';
import { M } from './meldungen.js';
import { pruefeAkteur } from './pruefe-akteur.js';
import { pruefeAktivitaet } from './pruefe-aktivitaet.js';
import { pruefeBeteiligung } from './pruefe-beteiligung.js';
import { pruefeProjekt } from './pruefe-projekt.js';
import { pruefeQuerbezuege, type Querbezuege } from './pruefe-querbezuege.js';
import { sortiereProbleme } from './sortiere-probleme.js';
import { TABELLEN, type TabellenName } from './tabellen.js';

export { fasseProblemeZusammen } from './fasse-probleme-zusammen.js';

export interface LadeOptionen {
  encoding?: 'utf-8' | 'windows-1252';
  trennzeichen?: ';' | ',';
  /** Largest accepted data file in bytes (default 200 MiB). */
  maxDateiBytes?: number;
}

export interface LadeErgebnis {
  daten: Datenbestand | undefined;
  probleme: Problem[];
  dateien: string[];
}

export const STANDARD_MAX_DATEI_BYTES = 200 * 1024 * 1024;

/** Reads and validates one input directory; `daten` is undefined when any problem is an error. */
export async function ladeDaten(verzeichnis: string, optionen: LadeOptionen = {}): Promise<LadeErgebnis> {
  const probleme: Problem[] = [];
  const dateien: string[] = [];
  const max = optionen.maxDateiBytes ?? STANDARD_MAX_DATEI_BYTES;

  // 1. Find the files
  let namen: Set<string>;
  try {
    if (!(await stat(verzeichnis)).isDirectory()) {
      return { daten: undefined, probleme: [{ schwere: 'fehler', datei: verzeichnis, meldung: M.keinVerzeichnis(verzeichnis) }], dateien };
    }
    namen = new Set(await readdir(verzeichnis));
  } catch {
    return { daten: undefined, probleme: [{ schwere: 'fehler', datei: verzeichnis, meldung: M.verzeichnisFehlt(verzeichnis) }], dateien };
  }
  /** Checks the size; returns true when the file may be read. */
  const zulassen = async (datei: string): Promise<boolean> => {
    dateien.push(datei);
    let groesse: number;
    try {
      groesse = (await stat(join(verzeichnis, datei))).size;
    } catch (e) {
      probleme.push({ schwere: 'fehler', datei, meldung: M.dateiUnlesbar((e as Error).message) });
      return false;
    }
    if (groesse <= max) return true;
    probleme.push({ schwere: 'fehler', datei, meldung: M.dateiZuGross(groesse, max) });
    return false;
  };
  /** Reads a small JSON file as text (encoding always detected); undefined (with a problem) when unreadable. */
  const leseText = async (datei: string): Promise<string | undefined> => {
    try {
      return dekodiereGanz(await readFile(join(verzeichnis, datei)));
    } catch (e) {
      probleme.push({ schwere: 'fehler', datei, meldung: M.dateiUnlesbar((e as Error).message) });
      return undefined;
    }
  };

  // 2. cluster.json
  let cluster: Cluster[] | undefined;
  if (!namen.has('cluster.json')) probleme.push({ schwere: 'fehler', datei: 'cluster.json', meldung: M.clusterFehlt });
  else if (await zulassen('cluster.json')) {
    const text = await leseText('cluster.json');
    if (text !== undefined) cluster = leseCluster('cluster.json', text, probleme);
  }
  const kontext = clusterKontext(cluster);

  // 3. The four tables
  const dateiname: Record<TabellenName, string> = { projekte: 'projekte.csv', aktivitaeten: 'aktivitaeten.csv', akteure: 'akteure.csv', beteiligungen: 'beteiligungen.csv' };
  const projekte: Projekt[] = [];
  const aktivitaeten: Aktivitaet[] = [];
  const akteure: Akteur[] = [];
  const beteiligungen: Beteiligung[] = [];
  const vorhabenIds = new IdVerzeichnis();
  const akteurIds = new IdVerzeichnis();
  const eltern: { id: string; uebergeordnet: string; ort: Pick<Problem, 'datei' | 'zeile' | 'pfad'> }[] = [];
  const standard: RohZeile[] = [];
  /** Tables read completely; references are only checked against those. */
  const vollstaendig = new Set<TabellenName>();

  for (const tabelle of TABELLEN) {
    const csv = `${tabelle.name}.csv`;
    const json = `${tabelle.name}.json`;
    if (namen.has(csv) && namen.has(json)) {
      probleme.push({ schwere: 'fehler', datei: csv, meldung: M.beideDateien(tabelle.name) });
      continue;
    }
    const datei = namen.has(csv) ? csv : namen.has(json) ? json : undefined;
    if (datei === undefined) {
      probleme.push({ schwere: 'fehler', datei: csv, meldung: M.dateiFehlt(tabelle.name) });
      continue;
    }
    dateiname[tabelle.name] = datei;
    if (!(await zulassen(datei))) continue;
    const gelesen = await leseTabelle(join(verzeichnis, datei), datei, tabelle, optionen, probleme, (z, fehlend) => {
      switch (tabelle.name) {
        case 'projekte':
        case 'aktivitaeten': {
          merkeId(z, vorhabenIds, probleme, M.idDoppelt);
          const r = tabelle.name === 'projekte' ? pruefeProjekt(z, kontext, fehlend, probleme) : pruefeAktivitaet(z, kontext, fehlend, probleme);
          if (r === undefined) return;
          if ('laufzeitbeginn' in r) projekte.push(r);
          else {
            aktivitaeten.push(r);
            if (r.standardaktivitaet) standard.push(z);
          }
          return;
        }
        case 'akteure': {
          const id = merkeId(z, akteurIds, probleme, M.akteurIdDoppelt);
          const parent = z.werte.uebergeordnet;
          if (id !== undefined && (typeof parent === 'string' || typeof parent === 'number')) {
            eltern.push({ id, uebergeordnet: String(parent), ort: ortVon(z) });
          }
          const a = pruefeAkteur(z, kontext, fehlend, probleme);
          if (a) akteure.push(a);
          return;
        }
        case 'beteiligungen': {
          const b = pruefeBeteiligung(z, kontext, fehlend, probleme);
          if (b) beteiligungen.push(b);
        }
      }
    });
    if (gelesen) vollstaendig.add(tabelle.name);
  }
  const erste = standard[0];
  if (erste !== undefined) {
    const wo = erste.index !== undefined ? `[${erste.index}]` : `Zeile ${erste.zeile}`;
    probleme.push({ schwere: 'hinweis', datei: erste.datei, meldung: M.standardaktivitaeten(standard.length, wo) });
  }

  // 4. Rules across files
  const q: Querbezuege = {
    vorhabenIds, akteurIds, eltern, beteiligungen,
    dateien: { projekte: dateiname.projekte, aktivitaeten: dateiname.aktivitaeten, akteure: dateiname.akteure },
    pruefeVorhaben: vollstaendig.has('projekte') && vollstaendig.has('aktivitaeten'),
    pruefeAkteure: vollstaendig.has('akteure'),
  };
  const eindeutigeBeteiligungen = pruefeQuerbezuege(q, probleme);

  // 5. bericht.json
  let bericht: BerichtMeta = {};
  if (namen.has('bericht.json') && (await zulassen('bericht.json'))) {
    const text = await leseText('bericht.json');
    if (text !== undefined) bericht = leseBericht('bericht.json', text, probleme);
  }

  // 6. Result
  const sortiert = sortiereProbleme(probleme);
  const fehlerfrei = !sortiert.some((p) => p.schwere === 'fehler');
  const daten = fehlerfrei && cluster !== undefined ? { cluster, projekte, aktivitaeten, akteure, beteiligungen: eindeutigeBeteiligungen, bericht } : undefined;
  return { daten, probleme: sortiert, dateien };
}

/** Registers a row's id; a repeat is an error on the `id` column. Returns the id (if any). */
function merkeId(z: RohZeile, ids: IdVerzeichnis, probleme: Problem[], meldung: (id: string, erste: string) => string): string | undefined {
  const roh = z.werte.id;
  if (typeof roh !== 'string' && typeof roh !== 'number') return undefined;
  const id = String(roh);
  const vorher = ids.merke(id, herkunftVon(z));
  if (vorher !== undefined) {
    probleme.push({ schwere: 'fehler', ...ortVon(z, 'id'), meldung: meldung(id, ortText(vorher)) });
    return undefined;
  }
  return id;
}

/** Builds the lookup for cluster references (slug and name, normalised). */
function clusterKontext(cluster: Cluster[] | undefined): ClusterKontext {
  const index = new Map<string, Cluster>();
  for (const c of cluster ?? []) {
    for (const form of [c.slug, c.name]) {
      index.set(form, c);
      index.set(normalisiereSchluessel(form), c);
    }
  }
  return { index, namen: (cluster ?? []).map((c) => c.name), ungeprueft: cluster === undefined };
}
