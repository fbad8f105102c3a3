/**
 * Candidate texts of numbers derived from two figures a sentence read: the percentage of one in the
 * other ("67 Prozent", "67 %"), the percentage change between them ("19 Prozent") and the change words
 * ("verdoppelt", "mehr als verdreifacht"), each with the two keys it is computed from.
 */
import { prozentAus } from '../format/prozent.js';
import { veraenderungsArt } from '../format/veraenderung.js';
import type { Kandidat } from './markiere-werte.js';

/** Adds `text` → keys (a text several pairs give lists all their keys). */
function dazu(werte: Map<string, Kandidat>, text: string, a: string, b: string): void {
  const k = werte.get(text);
  if (k === undefined) werte.set(text, { schluessel: [a, b], art: 'aus' });
  else for (const s of [a, b]) if (!k.schluessel.includes(s)) k.schluessel.push(s);
}

/** Candidates for every ordered pair of the figures read (`gelesen`: key → value, at most a few dozen). */
export function abgeleiteteWerte(gelesen: ReadonlyMap<string, number>, werte: Map<string, Kandidat> = new Map()): Map<string, Kandidat> {
  const liste = [...gelesen].filter(([, w]) => Number.isFinite(w) && w >= 0);
  for (const [a, wa] of liste) {
    for (const [b, wb] of liste) {
      if (a === b || wb <= 0) continue;
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
  return werte;
}
