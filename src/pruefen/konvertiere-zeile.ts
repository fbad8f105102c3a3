/** Converts every cell of one raw record and checks the always-required columns. */
import type { Problem } from '../fehler.js';
import { ortVon, type RohZeile } from '../lesen/roh-zeile.js';
import { konvertiereZelle, UNGUELTIG, type ClusterKontext } from './konvertiere-zelle.js';
import { M } from './meldungen.js';
import type { Tabelle } from './tabelle.js';

export interface KonvertierteZeile {
  /** Canonical column → typed value, undefined (missing) or UNGUELTIG (reported). */
  werte: Record<string, unknown>;
  /** False when any problem of severity "fehler" was reported for this row. */
  ok: boolean;
}

/**
 * Converts all columns; a missing required value is an error unless the whole column is missing
 * from the CSV header (that is reported once for the header instead). A missing boolean is false.
 */
export function konvertiereZeile(
  tabelle: Tabelle,
  zeile: RohZeile,
  kontext: ClusterKontext,
  fehlendeSpalten: ReadonlySet<string>,
  probleme: Problem[],
): KonvertierteZeile {
  let ok = true;
  const werte: Record<string, unknown> = {};
  for (const spalte of tabelle.spalten) {
    const roh = zeile.werte[spalte.name];
    if (roh === undefined) {
      // An empty boolean cell (a JSON key missing or null) means nein: Excel users mark with x and leave
      // the rest empty. A boolean column missing from the header is still reported (once, for the header).
      if (spalte.typ === 'wahrheitswert' && !fehlendeSpalten.has(spalte.name)) {
        werte[spalte.name] = false;
        continue;
      }
      if (spalte.pflicht) {
        ok = false;
        if (!fehlendeSpalten.has(spalte.name)) {
          probleme.push({ schwere: 'fehler', ...ortVon(zeile, spalte.name), meldung: M.pflichtwertFehlt });
        }
      }
      continue;
    }
    const wert = konvertiereZelle(spalte, roh, zeile, kontext, probleme);
    if (wert === UNGUELTIG) ok = false;
    werte[spalte.name] = wert;
  }
  return { werte, ok };
}
