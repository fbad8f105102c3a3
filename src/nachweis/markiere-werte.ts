/**
 * Marks the numbers of a finished sentence by their text: each candidate text (a formatted value,
 * "15", "4,1 Mio. €", "fünf", or a derived one, "19 Prozent", "verdreifacht") that stands free in the
 * sentence gets a number mark with its keys. Longer candidates first, so "19 Prozent" wins over "19".
 */
import { MARKE_ENDE, MARKE_START, marke } from './marke.js';

/** The keys a candidate text stands for, and how (`einer`: one of keys of the same value; `aus`: computed from them). */
export interface Kandidat {
  schluessel: string[];
  art: 'einer' | 'aus';
}

/** Numbers glued to a digit, separator or percent sign are other numbers; figure and chapter numbers and class bounds are none. */
function freiStehend(text: string, von: number, bis: number, kandidat: string): boolean {
  const vor = text.charAt(von - 1);
  const nach = text.slice(bis, bis + 2);
  if (/\p{L}/u.test(kandidat.charAt(0)) && /\p{L}/u.test(vor)) return false;
  if (/\p{L}/u.test(kandidat.charAt(kandidat.length - 1)) && /^\p{L}/u.test(nach)) return false;
  if (/[\d.,\uE001]/.test(vor)) return false;
  if (/(Abbildung|Tabelle|Kapitel)[\s\u00a0]$/.test(text.slice(Math.max(0, von - 10), von))) return false;
  // the bounds of a class ("10 bis 49 Beschäftigte", "250 und mehr") are labels, not figures
  if (/^[\s\u00a0](bis|und mehr)[\s\u00a0]/.test(text.slice(bis, bis + 10)) || /\bbis[\s\u00a0]$/.test(text.slice(Math.max(0, von - 4), von))) return false;
  if (/^\d|^[.,]\d/.test(nach)) return false;
  if (/\d$/.test(kandidat) && /^\s?(%|Prozent)/u.test(text.slice(bis, bis + 9).replace(/\u00a0/g, ' '))) return false;
  return true;
}

/** `text` with every free-standing candidate marked (never inside an existing mark). */
export function markiereWerte(text: string, werte: ReadonlyMap<string, Kandidat>): string {
  return markierer(werte)(text);
}

/** Marks texts with the same candidates, sorted once (a chart marks each of its texts with one set). */
export function markierer(werte: ReadonlyMap<string, Kandidat>): (text: string) => string {
  const liste = [...werte].sort(([a], [b]) => b.length - a.length);
  return (text) => markiereMit(text, liste);
}

function markiereMit(text: string, liste: readonly [string, Kandidat][]): string {
  let aus = text;
  for (const [kandidat, { schluessel, art }] of liste) {
    if (kandidat === '') continue;
    let teile = '';
    let von = 0;
    for (let i = aus.indexOf(kandidat); i !== -1; i = aus.indexOf(kandidat, i + kandidat.length)) {
      // Inside a mark (its keys or its text) when the last start before it is not yet closed.
      const innen = aus.lastIndexOf(MARKE_START, i) > aus.lastIndexOf(MARKE_ENDE, i);
      if (innen || !freiStehend(aus, i, i + kandidat.length, kandidat)) continue;
      teile += aus.slice(von, i) + marke(schluessel, kandidat, art);
      von = i + kandidat.length;
    }
    aus = teile + aus.slice(von);
  }
  return aus;
}
