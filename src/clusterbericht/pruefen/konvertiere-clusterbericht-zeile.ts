/** Converts every cell of one raw clusterbericht record: the generic cell types plus `dezimal` and upper bounds. */
import type { Problem } from '../../fehler.js';
import { euroZahlZuCent, parseBetrag } from '../../lesen/parse-betrag.js';
import { ortVon, type RohZeile } from '../../lesen/roh-zeile.js';
import { konvertiereZelle, UNGUELTIG, type ClusterKontext } from '../../pruefen/konvertiere-zelle.js';
import { M } from '../../pruefen/meldungen.js';
import type { Spalte } from '../../pruefen/tabelle.js';
import type { ClusterSpalte, ClusterTabellenDefinition } from '../tabellen.js';
import { MC } from './meldungen.js';

/**
 * Converts all columns of `zeile`; `werte` holds typed values (cents, hundredths, ISO dates, slugs).
 * A missing required value is an error unless the column is missing from the CSV header (reported once there).
 */
export function konvertiereClusterberichtZeile(
  tabelle: ClusterTabellenDefinition,
  zeile: RohZeile,
  kontext: ClusterKontext,
  fehlendeSpalten: ReadonlySet<string>,
  probleme: Problem[],
): { werte: Record<string, unknown>; ok: boolean } {
  let ok = true;
  const werte: Record<string, unknown> = {};
  const fehler = (spalte: ClusterSpalte, meldung: string): void => {
    ok = false;
    probleme.push({ schwere: 'fehler', ...ortVon(zeile, spalte.name), meldung });
  };
  for (const spalte of tabelle.spalten) {
    const roh = zeile.werte[spalte.name];
    if (roh === undefined) {
      if (spalte.pflicht && !fehlendeSpalten.has(spalte.name)) fehler(spalte, M.pflichtwertFehlt);
      else if (spalte.pflicht) ok = false;
      continue;
    }
    if (spalte.typ === 'dezimal') {
      const h = typeof roh === 'number' ? euroZahlZuCent(roh) : typeof roh === 'string' ? parseBetrag(roh, zeile.index === undefined ? zeile.zahlDialekt : '.') : undefined;
      if (h === undefined || h < 0 || (typeof roh === 'string' && /€|eur/i.test(roh))) fehler(spalte, MC.dezimalUngueltig(roh));
      else if (spalte.maximum !== undefined && h > spalte.maximum * 100) fehler(spalte, MC.zuGross(roh, spalte.maximum));
      else werte[spalte.name] = h;
      continue;
    }
    const wert = konvertiereZelle(spalte as Spalte, roh, zeile, kontext, probleme);
    if (wert === UNGUELTIG) ok = false;
    else if (typeof wert === 'number' && spalte.typ === 'ganzzahl' && spalte.maximum !== undefined && wert > spalte.maximum) {
      fehler(spalte, MC.zuGross(roh, spalte.maximum));
      continue;
    }
    werte[spalte.name] = wert;
  }
  return { werte, ok };
}
