/**
 * Candidate texts of numbers derived from two figures a sentence read: the percentage of one in the
 * other ("67 Prozent", "67 %"), the percentage change between them ("19 Prozent"), the change words
 * ("verdoppelt", "mehr als verdreifacht") and the difference of two counts, signed ("+ 8", "− 3", as
 * `differenz` writes it) or not ("ein Zuwachs um 64 Akteure"), each with the two keys it is computed from;
 * and for a family of keys the sentence read (the same key up to its last part, e.g. the participations of
 * every cluster) their sum ("summieren sich auf 13") and the differences of two families' sums.
 */
import { differenz } from '../format/anzahl.js';
import { prozentAus } from '../format/prozent.js';
import { zahl } from '../format/zahl.js';
import { veraenderungsArt } from '../format/veraenderung.js';
import type { Kandidat } from './markiere-werte.js';

/** Adds `text` → keys (a text several pairs give lists all their keys). */
function dazu(werte: Map<string, Kandidat>, text: string, ...schluessel: string[]): void {
  const k = werte.get(text);
  if (k === undefined) werte.set(text, { schluessel: [...schluessel], art: 'aus' });
  else for (const s of schluessel) if (!k.schluessel.includes(s)) k.schluessel.push(s);
}

/** Both ways a change of a count is written: signed, and as a plain amount for "Zuwachs um …"/"Rückgang um …". */
function differenzen(werte: Map<string, Kandidat>, alt: number, neu: number, schluessel: string[]): void {
  if (!Number.isInteger(alt) || !Number.isInteger(neu) || alt === neu) return;
  dazu(werte, differenz(neu - alt), ...schluessel);
  dazu(werte, zahl(Math.abs(neu - alt)), ...schluessel);
}

/** Families of at least two read keys (key up to its last part) with their keys and the sum of their values. */
function familien(liste: readonly [string, number][]): { schluessel: string[]; summe: number }[] {
  const nachStamm = new Map<string, { schluessel: string[]; summe: number }>();
  for (const [k, w] of liste) {
    const stamm = k.slice(0, k.lastIndexOf('.'));
    if (stamm === '') continue;
    const f = nachStamm.get(stamm) ?? { schluessel: [], summe: 0 };
    f.schluessel.push(k);
    f.summe += w;
    nachStamm.set(stamm, f);
  }
  return [...nachStamm.values()].filter((f) => f.schluessel.length >= 2);
}

/** Candidates for every ordered pair of the figures read (`gelesen`: key → value, at most a few dozen). */
export function abgeleiteteWerte(gelesen: ReadonlyMap<string, number>, werte: Map<string, Kandidat> = new Map()): Map<string, Kandidat> {
  const liste = [...gelesen].filter(([, w]) => Number.isFinite(w) && w >= 0);
  for (const [a, wa] of liste) {
    for (const [b, wb] of liste) {
      if (a === b) continue;
      // "+ 8 Projekte": the change from b to a, for counts (a zero change says nothing about its keys)
      differenzen(werte, wb, wa, [b, a]);
      if (wb <= 0) continue;
      if (wa <= wb) {
        const p = prozentAus(wa, wb);
        dazu(werte, `${p} Prozent`, a, b);
        dazu(werte, `${p} %`, a, b);
      }
      const d = prozentAus(Math.abs(wa - wb), wb);
      if (wa !== wb && d > 0) dazu(werte, `${d} Prozent`, a, b);
      const v = veraenderungsArt(wb, wa);
      if (v.art === 'vervielfacht' || v.art === 'mehr-als') dazu(werte, v.text, b, a);
    }
  }
  const summen = familien(liste);
  for (const f of summen) if (Number.isInteger(f.summe)) dazu(werte, zahl(f.summe), ...f.schluessel);
  for (const a of summen) for (const b of summen) if (a !== b) differenzen(werte, b.summe, a.summe, [...b.schluessel, ...a.schluessel]);
  return werte;
}
