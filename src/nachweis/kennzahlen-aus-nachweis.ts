/** The flat figures of a report, taken from its Nachweis. */
import type { Nachweis } from './typen.js';

/** Key → value, in the Nachweis's key order. */
export function kennzahlenAusNachweis(nachweis: Nachweis): Record<string, number> {
  const k: Record<string, number> = {};
  for (const s of nachweis.schluessel) k[s] = nachweis.wert(s) ?? 0;
  return k;
}
