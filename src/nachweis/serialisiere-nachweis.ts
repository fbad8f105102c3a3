/** `nachweis.json`: deterministic text of a Nachweis, one record per line (diff-friendly, compact at scale). */
import type { KennzahlNachweis, Nachweis } from './typen.js';

function vergleiche(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compact JSON of a record, fields in their (fixed) construction order: datei, zeile, id, titel, … */
function kompakt(wert: unknown): string {
  if (Array.isArray(wert)) return `[${wert.map(kompakt).join(',')}]`;
  if (wert !== null && typeof wert === 'object') {
    const teile: string[] = [];
    for (const s of Object.keys(wert)) {
      const w = (wert as Record<string, unknown>)[s];
      if (w !== undefined) teile.push(`${JSON.stringify(s)}:${kompakt(w)}`);
    }
    return `{${teile.join(',')}}`;
  }
  return JSON.stringify(wert);
}

function liste(name: string, eintraege: readonly unknown[]): string {
  if (eintraege.length === 0) return `"${name}": []`;
  return `"${name}": [\n      ${eintraege.map(kompakt).join(',\n      ')}\n    ]`;
}

function kennzahl(n: KennzahlNachweis): string {
  const teile: string[] = [];
  if (n.ausgeschlossen !== undefined) teile.push(liste('ausgeschlossen', n.ausgeschlossen));
  teile.push(liste('datensaetze', n.datensaetze));
  if (n.einheit !== undefined) teile.push(`"einheit": ${JSON.stringify(n.einheit)}`);
  teile.push(`"wert": ${JSON.stringify(n.wert)}`);
  return `{\n    ${teile.join(',\n    ')}\n  }`;
}

/**
 * The text in pieces (one per key and per record's Merkmale), so a large Nachweis is written without
 * ever being one string: sorted Kennzahl keys, each key's fields on their own lines, each record on one line.
 */
export function* nachweisJsonTeile(nachweis: Nachweis): Generator<string> {
  yield `{\n"berichtsjahr": ${JSON.stringify(nachweis.berichtsjahr)},\n"cluster": ${JSON.stringify(nachweis.cluster)},\n"kennzahlen": {`;
  let erste = true;
  for (const s of [...nachweis.schluessel].sort(vergleiche)) {
    const n = nachweis.kennzahl(s);
    if (n === undefined) continue;
    yield `${erste ? '\n' : ',\n'}  ${JSON.stringify(s)}: ${kennzahl(n)}`;
    erste = false;
  }
  yield `${erste ? '' : '\n'}},\n"merkmale": {`;
  erste = true;
  for (const [s, m] of nachweis.merkmale()) {
    yield `${erste ? '\n' : ',\n'}  ${JSON.stringify(s)}: ${kompakt(m)}`;
    erste = false;
  }
  yield `${erste ? '' : '\n'}},\n"schema": ${JSON.stringify(nachweis.schema)}\n}\n`;
}

/** The whole text at once (small reports, tests). */
export function serialisiereNachweis(nachweis: Nachweis): string {
  return [...nachweisJsonTeile(nachweis)].join('');
}
