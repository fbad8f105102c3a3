/** `nachweis.csv` for Excel: one row per key and record (via the shared CSV writer: `;`, BOM, formulas neutralised). */
import { csvZeilen, schreibeCsv } from '../ausgabe/schreibe-csv.js';
import type { Fundstelle, Nachweis } from './typen.js';

const KOPF = ['Kennzahl', 'Wert', 'Datei', 'Zeile', 'ID', 'Titel', 'Betrag', 'über (Akteur → Vorhaben, Fundstelle)'];

function ort(f: Fundstelle): string {
  return f.pfad === undefined ? `${f.datei}:${f.zeile}` : `${f.datei}:${f.pfad}`;
}

/**
 * The CSV in pieces (header, then one piece per row), keys in code-unit order; a key without records
 * gets one row with its value and empty record cells.
 */
export function* nachweisCsvTeile(nachweis: Nachweis): Generator<string> {
  yield schreibeCsv(KOPF, []);
  for (const s of [...nachweis.schluessel].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const n = nachweis.kennzahlStrom(s);
    if (n === undefined) continue;
    // One piece per row, the records read as they come: a key with many records never exists all at once.
    let leer = true;
    for (const d of n.datensaetze) {
      const ueber = (d.ueber ?? []).map((b) => `${b.akteur} → ${b.vorhaben} (${ort(b)})`).join(', ');
      yield csvZeilen([[s, n.wert, d.datei, d.pfad ?? d.zeile, d.id, d.titel, d.betrag ?? '', ueber]]);
      leer = false;
    }
    if (leer) yield csvZeilen([[s, n.wert, '', '', '', '', '', '']]);
  }
}

/** The whole CSV at once (small reports, tests). */
export function nachweisCsv(nachweis: Nachweis): string {
  return [...nachweisCsvTeile(nachweis)].join('');
}
