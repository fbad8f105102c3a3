/** Reads one table file (CSV, JSON or Excel .xlsx) and hands every raw record to the table's row check. */
import { readFile } from 'node:fs/promises';
import { istDateisystemFehler } from '../dateisystem/dateisystem-grund.js';
import type { Problem } from '../fehler.js';
import { dekodiereGanz, type Zeichenkodierung } from '../lesen/dekodiere-text.js';
import type { Trennzeichen } from '../lesen/erkenne-trennzeichen.js';
import { leseCsvTabelle } from '../lesen/lese-csv-tabelle.js';
import { leseJsonTabelle } from '../lesen/lese-json-tabelle.js';
import { leseXlsxTabelle } from '../lesen/lese-xlsx-tabelle.js';
import type { RohZeile } from '../lesen/roh-zeile.js';
import { fasseFehlendeSpalteZusammen } from './fasse-fehlende-spalte-zusammen.js';
import { M } from './meldungen.js';
import type { Spalte, Tabelle } from './tabelle.js';

export interface TabellenOptionen {
  encoding?: Zeichenkodierung;
  trennzeichen?: Trennzeichen;
}

/**
 * Reads `pfad` (named `datei` in messages). For CSV, required columns missing from the header are
 * reported once on line 1 and passed as `fehlendeSpalten`, so rows do not repeat that error.
 * Returns false when the file could not be read completely (its ids are then incomplete).
 * The encoding and delimiter options apply to CSV only; JSON encoding is always detected.
 */
export async function leseTabelle(
  pfad: string,
  datei: string,
  tabelle: Tabelle,
  optionen: TabellenOptionen,
  probleme: Problem[],
  proZeile: (zeile: RohZeile, fehlendeSpalten: ReadonlySet<string>) => void,
): Promise<boolean> {
  if (datei.endsWith('.json')) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(pfad);
    } catch (e) {
      probleme.push({ schwere: 'fehler', datei, meldung: M.dateiUnlesbar(e) });
      return false;
    }
    const leer = new Set<string>();
    return leseJsonTabelle(datei, dekodiereGanz(bytes), tabelle.spalten, probleme, (z) => proZeile(z, leer));
  }
  let fehlend = new Set<string>();
  let kopfzeile = 1;
  let ohne: Spalte[] = [];
  const ab = probleme.length;
  const proKopf = (kopf: { vorhanden: Set<string> }, zeile: number): void => {
    kopfzeile = zeile;
    ohne = tabelle.spalten.filter((s) => !s.pflicht && !kopf.vorhanden.has(s.name));
    fehlend = new Set(tabelle.spalten.filter((s) => s.pflicht && !kopf.vorhanden.has(s.name)).map((s) => s.name));
    for (const s of tabelle.spalten) {
      if (fehlend.has(s.name)) probleme.push({ schwere: 'fehler', datei, zeile, spalte: s.name, meldung: M.pflichtspalteFehlt(s.label) });
    }
  };
  try {
    const ganz = await leseDatei(pfad, datei, tabelle, optionen, probleme, proKopf, (z) => proZeile(z, fehlend));
    fasseFehlendeSpalteZusammen(probleme, ab, datei, kopfzeile, ohne);
    return ganz;
  } catch (e) {
    if (!istDateisystemFehler(e)) throw e;
    probleme.push({ schwere: 'fehler', datei, meldung: M.dateiUnlesbar(e) });
    return false;
  }
}

/** The CSV or xlsx reader for one file; file-system errors are thrown. */
async function leseDatei(
  pfad: string,
  datei: string,
  tabelle: Tabelle,
  optionen: TabellenOptionen,
  probleme: Problem[],
  proKopf: (kopf: { vorhanden: Set<string> }, zeile: number) => void,
  proZeile: (zeile: RohZeile) => void,
): Promise<boolean> {
  if (datei.endsWith('.xlsx')) {
    const kopf = await leseXlsxTabelle(datei, pfad, tabelle.name, tabelle.spalten, probleme, proKopf, proZeile);
    return kopf !== undefined;
  }
  const kopf = await leseCsvTabelle(
    datei,
    pfad,
    tabelle.spalten,
    { encoding: optionen.encoding, trennzeichen: optionen.trennzeichen },
    probleme,
    proKopf,
    proZeile,
  );
  return kopf !== undefined;
}
