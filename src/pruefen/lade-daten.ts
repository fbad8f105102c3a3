/**
 * Public entry point of reading and validation: one input directory → `Datenbestand` + problems.
 * Knows no report format: the formats passed in declare their tables and rules.
 *
 * Stages: 1. find the files  2. cluster.json  3. the tables of the formats in use, row by row
 * (the format's collector converts and checks each row)  4. bericht.json  5. each format's rules
 * across its tables  6. sort problems; data only without errors.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../fehler.js';
import { dekodiereGanz } from '../lesen/dekodiere-text.js';
import { leseBericht } from '../lesen/lese-bericht.js';
import { ladeLogos } from '../lesen/lade-logos.js';
import { leseCluster } from '../lesen/lese-cluster.js';
import { normalisiereSchluessel } from '../lesen/normalisiere-schluessel.js';
import type { BerichtMeta, Cluster, Datenbestand } from '../model/typen.js';
import type { DatenFormat } from './format-tabellen.js';
import type { ClusterKontext } from './konvertiere-zelle.js';
import { leseTabelle } from './lese-tabelle.js';
import { M } from './meldungen.js';
import { sortiereProbleme, type GeleseneTabelle } from './sortiere-probleme.js';

export { fasseProblemeZusammen, strengText } from './fasse-probleme-zusammen.js';

export interface LadeOptionen {
  encoding?: 'utf-8' | 'windows-1252';
  trennzeichen?: ';' | ',';
  /** Largest accepted data file in bytes (default 200 MiB). */
  maxDateiBytes?: number;
  /** Report format for every management, overriding cluster.json (`--berichtsformat`). */
  berichtsformat?: string;
  /**
   * Read only the tables of the format this names for the registry (a single report needs its own format's
   * tables, not those of the other formats); undefined, or a format not in use: every format in use.
   */
  nurFormatVon?: (cluster: readonly Cluster[]) => string | undefined;
}

export interface LadeErgebnis {
  daten: Datenbestand | undefined;
  probleme: Problem[];
  dateien: string[];
  /** Ids of the formats whose tables were read. */
  geleseneFormate?: string[];
}

/** File endings a table may have, in the order they are named in messages. */
const TABELLEN_ENDUNGEN = ['csv', 'json', 'xlsx'] as const;
/** Spreadsheet formats that are not read; the message says to save as .xlsx or CSV. */
const ALTE_ENDUNGEN = ['xls', 'ods', 'xlsm', 'xlsb', 'numbers'] as const;

export const STANDARD_MAX_DATEI_BYTES = 200 * 1024 * 1024;

/** Reads and validates one input directory; `daten` is undefined when any problem is an error. */
export async function ladeDaten(verzeichnis: string, formate: readonly DatenFormat[], optionen: LadeOptionen = {}): Promise<LadeErgebnis> {
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
  } catch (e) {
    const meldung = (e as NodeJS.ErrnoException).code === 'ENOENT' ? M.verzeichnisFehlt(verzeichnis) : M.verzeichnisUnlesbar(verzeichnis, e);
    return { daten: undefined, probleme: [{ schwere: 'fehler', datei: verzeichnis, meldung }], dateien };
  }
  /** Checks the size; returns true when the file may be read. */
  const zulassen = async (datei: string): Promise<boolean> => {
    dateien.push(datei);
    let groesse: number;
    try {
      groesse = (await stat(join(verzeichnis, datei))).size;
    } catch (e) {
      probleme.push({ schwere: 'fehler', datei, meldung: M.dateiUnlesbar(e) });
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
      probleme.push({ schwere: 'fehler', datei, meldung: M.dateiUnlesbar(e) });
      return undefined;
    }
  };

  // 2. cluster.json
  const genannt = new Set<string>();
  let cluster: Cluster[] | undefined;
  if (!namen.has('cluster.json')) probleme.push({ schwere: 'fehler', datei: 'cluster.json', meldung: M.clusterFehlt });
  else if (await zulassen('cluster.json')) {
    const text = await leseText('cluster.json');
    if (text !== undefined) cluster = leseCluster('cluster.json', text, probleme, formate.map((f) => f.id), genannt);
  }
  if (cluster !== undefined && optionen.berichtsformat !== undefined) {
    const berichtsformat = optionen.berichtsformat;
    cluster = cluster.map((c) => ({ ...c, berichtsformat }));
  }
  const kontext = clusterKontext(cluster);

  // 3. The tables of every format in use (those cluster.json names, even when it has errors; else the default's)
  const alleInGebrauch = formateInGebrauch(formate, genannt, optionen.berichtsformat);
  const nur = cluster !== undefined ? optionen.nurFormatVon?.(cluster) : undefined;
  const inGebrauch = alleInGebrauch.some((f) => f.id === nur) ? alleInGebrauch.filter((f) => f.id === nur) : alleInGebrauch;
  const gelesen: GeleseneTabelle[] = [];
  const sammler = inGebrauch.map((format) => {
    const s = format.tabellen.sammler(kontext, probleme);
    return { format, s, dateien: new Map<string, string>(), vollstaendig: new Set<string>() };
  });
  for (const { format, s, dateien: dateiname, vollstaendig } of sammler) {
    const { ordner } = format.tabellen;
    const imOrdner = ordner === '' ? namen : await dateienIn(join(verzeichnis, ordner));
    for (const tabelle of format.tabellen.tabellen) {
      const basis = ordner === '' ? tabelle.name : `${ordner}/${tabelle.name}`;
      gelesen.push({ basis, tabelle });
      dateiname.set(tabelle.name, `${basis}.csv`);
      const imPfad = (n: string): string => (ordner === '' ? n : `${ordner}/${n}`);
      const kandidaten = TABELLEN_ENDUNGEN.map((e) => `${tabelle.name}.${e}`).filter((d) => imOrdner.has(d));
      if (kandidaten.length > 1) {
        probleme.push({ schwere: 'fehler', datei: imPfad(kandidaten[0] as string), meldung: M.beideDateien(kandidaten.map(imPfad)) });
        continue;
      }
      const name = kandidaten[0];
      if (name === undefined) {
        const alt = ALTE_ENDUNGEN.map((e) => `${tabelle.name}.${e}`).find((d) => imOrdner.has(d));
        if (alt !== undefined) probleme.push({ schwere: 'fehler', datei: imPfad(alt), meldung: M.altesFormat(imPfad(alt), basis) });
        else probleme.push({ schwere: 'fehler', datei: `${basis}.csv`, meldung: M.dateiFehlt(basis) });
        continue;
      }
      const datei = imPfad(name);
      dateiname.set(tabelle.name, datei);
      if (!(await zulassen(datei))) continue;
      const ganz = await leseTabelle(join(verzeichnis, datei), datei, tabelle, optionen, probleme, (z, fehlend) => s.zeile(tabelle.name, z, fehlend));
      if (ganz) vollstaendig.add(tabelle.name);
    }
  }

  // 4. bericht.json
  let bericht: BerichtMeta = {};
  if (namen.has('bericht.json') && (await zulassen('bericht.json'))) {
    const text = await leseText('bericht.json');
    if (text !== undefined) bericht = leseBericht('bericht.json', text, probleme);
    if (bericht.logos !== undefined) bericht.logos = await ladeLogos(verzeichnis, bericht.logos, probleme);
  }

  // 5. Rules across tables, per format
  const basis = { cluster: cluster ?? [], bericht };
  const daten = new Map<string, unknown>();
  // Each format sees the managements that report in it (EWM's cross-cluster figures list EWM managements only).
  for (const { format, s, dateien: dateiname, vollstaendig } of sammler) {
    const eigene = { ...basis, cluster: basis.cluster.filter((c) => c.berichtsformat === format.id) };
    daten.set(format.id, s.abschluss(dateiname, vollstaendig, eigene));
  }

  // 6. Result
  const sortiert = sortiereProbleme(probleme, gelesen);
  const fehlerfrei = !sortiert.some((p) => p.schwere === 'fehler');
  return {
    daten: fehlerfrei && cluster !== undefined ? { ...basis, cluster, formate: daten } : undefined,
    probleme: sortiert,
    dateien,
    geleseneFormate: inGebrauch.map((f) => f.id),
  };
}

/** The formats named in cluster.json (or `override` for all); the first (default) format when none is named. */
function formateInGebrauch(formate: readonly DatenFormat[], genannt: ReadonlySet<string>, override: string | undefined): DatenFormat[] {
  const ids = override !== undefined ? new Set([override]) : genannt.size > 0 ? genannt : new Set([formate[0]?.id]);
  return formate.filter((f) => ids.has(f.id));
}

/** The entries of a subfolder (empty when it does not exist: every table is then reported missing). */
async function dateienIn(ordner: string): Promise<Set<string>> {
  try {
    return new Set(await readdir(ordner));
  } catch {
    return new Set();
  }
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
