/**
 * Number marks in the clusterbericht sentences: while a sentence builder runs, the Kennzahlen it reads
 * are recorded; afterwards every number in its sentences that is the formatted value of a read key
 * ("126", "9,841 Mrd. €", "2,5", "35 %", "zwei") is marked with that key (several keys of the same
 * value: all as alternatives), and a percentage of two read keys with both. The "ein"/"eine" of a count
 * of 1 cannot be told from the article by its text: the builders mark it themselves (`c.marke`), and those
 * marks stay. Rows shown as they are (names, per-row amounts in lists and tables) stay unmarked: they are
 * records, not Kennzahlen.
 */
import { zahlwort } from '../../format/anzahl.js';
import { zahl } from '../../format/zahl.js';
import { abgeleiteteWerte } from '../../nachweis/abgeleitete-werte.js';
import { markiereWerte, type Kandidat } from '../../nachweis/markiere-werte.js';
import { mitGelesenen } from '../../nachweis/mit-gelesenen.js';
import type { BerichtKontext } from './bericht-kontext.js';
import { betragUngefaehr, dezimalKurz, prozentKurz } from './betrag-ungefaehr.js';
import { bindeZahlen, bindeZahlenTief } from './binde-zahlen.js';

/** String lists whose entries are sentences built from Kennzahlen (the others list rows). */
const SATZ_LISTEN = new Set(['branche']);

/** How a key's value may be written in a sentence. */
function schreibweisen(s: string, w: number): string[] {
  const formen = [zahl(w)];
  if (/\.(kosten|umsatz|volumen)$/.test(s)) formen.push(betragUngefaehr(w), `${zahl(w)} €`);
  if (/\.umsatz_je_beschaeftigten$/.test(s)) formen.push(`${zahl(w)} €`);
  if (/\.personal_mannjahre$/.test(s)) formen.push(dezimalKurz(w));
  if (/\.exportanteil$/.test(s)) formen.push(prozentKurz(w));
  if (Number.isInteger(w) && w >= 2 && w <= 12) formen.push(zahlwort(w));
  return formen.map(bindeZahlen);
}

function markiereTief(wert: unknown, werte: ReadonlyMap<string, Kandidat>, feld: string | undefined): unknown {
  if (typeof wert === 'string') return markiereWerte(wert, werte);
  if (Array.isArray(wert)) return feld !== undefined && SATZ_LISTEN.has(feld) ? wert.map((w) => (typeof w === 'string' ? markiereWerte(w, werte) : w)) : wert;
  if (wert !== null && typeof wert === 'object' && feld === undefined) {
    return Object.fromEntries(Object.entries(wert).map(([s, w]) => [s, markiereTief(w, werte, s)]));
  }
  return wert;
}

/** Runs `bau` on `c` and binds its numbers to their words (`bindeZahlen`); with `markieren`, marks them too. */
export function markiereClusterSaetze<T>(c: BerichtKontext, bau: (c: BerichtKontext) => T, markieren: boolean): T {
  if (!markieren) return bindeZahlenTief(bau(c));
  const { ergebnis: roh, gelesen } = mitGelesenen(c.k, (k) => bau({ ...c, k }));
  const ergebnis = bindeZahlenTief(roh);
  const werte = new Map<string, Kandidat>();
  for (const [s, w] of gelesen) {
    for (const text of new Set(schreibweisen(s, w))) {
      const kandidat = werte.get(text);
      if (kandidat === undefined) werte.set(text, { schluessel: [s], art: 'einer' });
      else kandidat.schluessel.push(s);
    }
  }
  for (const [text, kandidat] of abgeleiteteWerte(gelesen)) {
    const gebunden = bindeZahlen(text);
    if (!werte.has(gebunden)) werte.set(gebunden, kandidat);
  }
  return markiereTief(ergebnis, werte, undefined) as T;
}
