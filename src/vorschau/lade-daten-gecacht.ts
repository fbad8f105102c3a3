/**
 * `ladeDaten` for the live preview: when the data folder's files (tables, cluster.json, bericht.json of
 * every format, in any subfolder; Markdown texts excluded, they are read on every render anyway) hash as
 * on the last call, the last result is reused, so saving an analyst's text does not read and validate the
 * whole export again.
 */
import { hasheEingaben } from '../manifest/hashe-eingaben.js';
import type { DatenFormat } from '../pruefen/format-tabellen.js';
import { ladeDaten, type LadeErgebnis, type LadeOptionen } from '../pruefen/lade-daten.js';

let letzte: { schluessel: string; formate: readonly DatenFormat[]; ergebnis: LadeErgebnis } | undefined;

/** Reads and validates `verzeichnis`, or returns the previous result for unchanged files, formats and options. */
export async function ladeDatenGecacht(verzeichnis: string, formate: readonly DatenFormat[], optionen: LadeOptionen): Promise<LadeErgebnis> {
  const eingaben = Object.entries(await hasheEingaben([{ name: 'daten', pfad: verzeichnis, art: 'ordner' }])).filter(([datei]) => !datei.endsWith('.md'));
  const schluessel = JSON.stringify([verzeichnis, optionen, eingaben]);
  if (letzte?.schluessel === schluessel && letzte.formate === formate) return letzte.ergebnis;
  const ergebnis = await ladeDaten(verzeichnis, formate, optionen);
  letzte = { schluessel, formate, ergebnis };
  return ergebnis;
}
