/**
 * Number marks in the EWM sentences: while a sentence builder runs, the keys it reads are recorded;
 * afterwards each number in its text that is the formatted value of a read key (as `zahl` or
 * `betragText` write it) is marked with that key, or, when several read keys have that value, with
 * all of them as alternatives (the appendix lists each).
 * Percentages are derived and stay unmarked.
 */
import { betragText } from '../../format/betrag-text.js';
import { zahl } from '../../format/zahl.js';
import { MARKE_START, marke } from '../../nachweis/marke.js';
import { istBetragsSchluessel } from './ist-betrags-schluessel.js';
import type { SatzKontext } from './satz-kontext.js';

/** Numbers glued to a digit, separator or percent sign are other numbers. */
function freiStehend(text: string, von: number, bis: number): boolean {
  const vor = text.charAt(von - 1);
  const nach = text.slice(bis, bis + 2);
  if (/[\d.,\uE001]/.test(vor)) return false;
  if (/(Abbildung|Tabelle|Kapitel)[\s\u00a0]$/.test(text.slice(Math.max(0, von - 10), von))) return false;
  if (/^\d|^[.,]\d/.test(nach)) return false;
  return !/^\s?(%|Prozent)/u.test(text.slice(bis, bis + 9).replace(/\u00a0/g, ' '));
}

function markiereText(text: string, werte: ReadonlyMap<string, string[]>): string {
  let aus = text;
  for (const [kandidat, schluessel] of [...werte].sort(([a], [b]) => b.length - a.length)) {
    let teile = '';
    let rest = aus;
    for (let i = rest.indexOf(kandidat); i !== -1; i = rest.indexOf(kandidat)) {
      const innen = rest.lastIndexOf(MARKE_START, i) > rest.lastIndexOf('\uE002', i);
      if (innen || !freiStehend(rest, i, i + kandidat.length)) {
        teile += rest.slice(0, i + kandidat.length);
      } else {
        teile += rest.slice(0, i) + marke(schluessel, kandidat, 'einer');
      }
      rest = rest.slice(i + kandidat.length);
    }
    aus = teile + rest;
  }
  return aus;
}

/** Runs `bau` with `kx`, then marks the numbers of its text (a string or a list of sentences). */
export function markiereSaetze<T extends string | string[]>(kx: SatzKontext, bau: (kx: SatzKontext) => T): T {
  if (!kx.markieren) return bau(kx);
  const gelesen = new Map<string, number>();
  const ergebnis = bau({ ...kx, k: (s) => { const w = kx.k(s); gelesen.set(s, w); return w; } });
  const werte = new Map<string, string[]>();
  for (const [s, w] of gelesen) {
    for (const text of istBetragsSchluessel(s) ? [betragText(w)] : [zahl(w)]) {
      const liste = werte.get(text);
      if (liste === undefined) werte.set(text, [s]);
      else liste.push(s);
    }
  }
  return (typeof ergebnis === 'string' ? markiereText(ergebnis, werte) : ergebnis.map((t) => markiereText(t, werte))) as T;
}
