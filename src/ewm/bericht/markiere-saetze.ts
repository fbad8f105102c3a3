/**
 * Number marks in the EWM sentences: while a sentence builder runs, the keys it reads are recorded;
 * afterwards each number in its text that is the formatted value of a read key (as `zahl`, `betragText`
 * or, for small counts, `zahlwort` write it) is marked with that key, or, when several read keys have
 * that value, with all of them as alternatives (the appendix lists each). Percentages and change words
 * computed from two read keys ("19 Prozent", "verdreifacht") are marked with both. Numbers a builder
 * has marked itself (the "ein" of a count of 1) keep their mark.
 */
import { zahlwort } from '../../format/anzahl.js';
import { betragText } from '../../format/betrag-text.js';
import { zahl } from '../../format/zahl.js';
import { abgeleiteteWerte } from '../../nachweis/abgeleitete-werte.js';
import { markierer, type Kandidat } from '../../nachweis/markiere-werte.js';
import { istBetragsSchluessel } from './ist-betrags-schluessel.js';
import type { SatzKontext } from './satz-kontext.js';

/** Runs `bau` with `kx`, then marks the numbers of its text (a string or a list of sentences). */
export function markiereSaetze<T extends string | string[]>(kx: SatzKontext, bau: (kx: SatzKontext) => T): T {
  if (!kx.markieren) return bau(kx);
  const gelesen = new Map<string, number>();
  const ergebnis = bau({ ...kx, k: (s) => { const w = kx.k(s); gelesen.set(s, w); return w; } });
  const werte = new Map<string, Kandidat>();
  const dazu = (text: string, s: string): void => {
    const k = werte.get(text);
    if (k === undefined) werte.set(text, { schluessel: [s], art: 'einer' });
    else k.schluessel.push(s);
  };
  for (const [s, w] of gelesen) {
    if (istBetragsSchluessel(s)) dazu(betragText(w), s);
    else {
      dazu(zahl(w), s);
      // Counts from 2 to 12 as words ("fünf"); the builders mark "ein"/"eine" of a count of 1 themselves
      // (`kx.marke`), as the text cannot tell it from the article.
      if (Number.isInteger(w) && w >= 2 && w <= 12) dazu(zahlwort(w), s);
    }
  }
  for (const [text, k] of abgeleiteteWerte(gelesen)) if (!werte.has(text)) werte.set(text, k);
  const markiere = markierer(werte);
  return (typeof ergebnis === 'string' ? markiere(ergebnis) : ergebnis.map(markiere)) as T;
}
