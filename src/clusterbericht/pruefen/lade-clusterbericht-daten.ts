/**
 * Reads and validates the nine clusterbericht tables of `<daten>/clusterbericht/` (CSV or JSON each):
 * 1. find the files  2. every table row by row (convert, row rules)  3. one `eckdaten` row and unique
 * segments per cluster and year. Every problem is collected; data only without errors.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../../fehler.js';
import { herkunftVon, ortText, ortVon, type RohZeile } from '../../lesen/roh-zeile.js';
import { findeCluster, type ClusterKontext } from '../../pruefen/konvertiere-zelle.js';
import { leseTabelle, type TabellenOptionen } from '../../pruefen/lese-tabelle.js';
import { M } from '../../pruefen/meldungen.js';
import type { Tabelle } from '../../pruefen/tabelle.js';
import type { Herkunftsort } from '../../model/typen.js';
import { CLUSTERBERICHT_TABELLEN } from '../tabellen.js';
import type { ClusterberichtDaten } from '../typen.js';
import { konvertiereClusterberichtZeile } from './konvertiere-clusterbericht-zeile.js';
import { MC } from './meldungen.js';
import { pruefeClusterberichtZeile } from './pruefe-clusterbericht-zeile.js';

/** The folder of the tables inside the data folder. */
export const CLUSTERBERICHT_ORDNER = 'clusterbericht';

export interface ClusterberichtLadeOptionen extends TabellenOptionen {
  /** Largest accepted file in bytes. */
  maxDateiBytes: number;
}

/** Reads `verzeichnis/clusterbericht/`; problems name files as `clusterbericht/<tabelle>.csv`. */
export async function ladeClusterberichtDaten(
  verzeichnis: string,
  kontext: ClusterKontext,
  optionen: ClusterberichtLadeOptionen,
  probleme: Problem[],
): Promise<{ daten: ClusterberichtDaten; dateien: string[] }> {
  const daten: ClusterberichtDaten = {
    eckdaten: [], branche: [], netzwerke: [], forschungsthemen: [], schutzrechte: [], leistungen: [], veranstaltungen: [], investitionen: [], gruendungen: [],
  };
  const dateien: string[] = [];
  const ordner = join(verzeichnis, CLUSTERBERICHT_ORDNER);

  // 1. Find the files
  let namen = new Set<string>();
  try {
    namen = new Set(await readdir(ordner));
  } catch {
    // every table is then reported missing
  }
  const eckdatenJe = new Map<string, Herkunftsort>();
  const segmentJe = new Map<string, Herkunftsort>();

  // 2. The tables
  for (const tabelle of CLUSTERBERICHT_TABELLEN) {
    const csv = `${tabelle.name}.csv`;
    const json = `${tabelle.name}.json`;
    if (namen.has(csv) && namen.has(json)) {
      probleme.push({ schwere: 'fehler', datei: `${CLUSTERBERICHT_ORDNER}/${csv}`, meldung: MC.beideDateien(tabelle.name) });
      continue;
    }
    const name = namen.has(csv) ? csv : namen.has(json) ? json : undefined;
    if (name === undefined) {
      probleme.push({ schwere: 'fehler', datei: `${CLUSTERBERICHT_ORDNER}/${csv}`, meldung: MC.dateiFehlt(tabelle.name) });
      continue;
    }
    const datei = `${CLUSTERBERICHT_ORDNER}/${name}`;
    dateien.push(datei);
    const pfad = join(ordner, name);
    try {
      const groesse = (await stat(pfad)).size;
      if (groesse > optionen.maxDateiBytes) {
        probleme.push({ schwere: 'fehler', datei, meldung: M.dateiZuGross(groesse, optionen.maxDateiBytes) });
        continue;
      }
    } catch (e) {
      probleme.push({ schwere: 'fehler', datei, meldung: M.dateiUnlesbar((e as Error).message) });
      continue;
    }
    // The generic reader needs only the columns' names, labels and `pflicht`.
    const generisch = tabelle as unknown as Tabelle;
    await leseTabelle(pfad, datei, generisch, optionen, probleme, (z, fehlend) => {
      const { werte, ok } = konvertiereClusterberichtZeile(tabelle, z, kontext, fehlend, probleme);
      if (!ok) return;
      const satz = pruefeClusterberichtZeile(tabelle.name, werte, z, probleme);
      if (satz === undefined) return;
      // 3. Rules across rows
      const name = findeCluster(kontext, String(werte.cluster))?.name ?? String(werte.cluster);
      if (tabelle.name === 'eckdaten') {
        const schluessel = `${String(werte.cluster)}|${String(werte.jahr)}`;
        if (!einmalig(eckdatenJe, schluessel, z, 'jahr', probleme, (erste) => MC.eckdatenDoppelt(name, werte.jahr as number, erste))) return;
      }
      if (tabelle.name === 'branche') {
        const schluessel = `${String(werte.cluster)}|${String(werte.jahr)}|${String(werte.segment)}`;
        const meldung = (erste: string): string => MC.segmentDoppelt(String(werte.segment), name, werte.jahr as number, erste);
        if (!einmalig(segmentJe, schluessel, z, 'segment', probleme, meldung)) return;
      }
      (daten[tabelle.name] as unknown[]).push(satz);
    });
  }
  return { daten, dateien };
}

/** Registers `schluessel`; a repeat is an error on `spalte` naming the first row. */
function einmalig(
  gesehen: Map<string, Herkunftsort>,
  schluessel: string,
  z: RohZeile,
  spalte: string,
  probleme: Problem[],
  meldung: (erste: string) => string,
): boolean {
  const vorher = gesehen.get(schluessel);
  if (vorher !== undefined) {
    probleme.push({ schwere: 'fehler', ...ortVon(z, spalte), meldung: meldung(ortText(vorher)) });
    return false;
  }
  gesehen.set(schluessel, herkunftVon(z));
  return true;
}
