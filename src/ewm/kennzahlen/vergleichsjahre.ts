/** The Vergleichsjahre of each group of Kennzahlen. */

/** Years shown per group, ascending; the Berichtsjahr is last. */
export interface Vergleichsjahre {
  /** Y−2, Y−1, Y */
  projekte: number[];
  /** Y−1, Y */
  aktivitaeten: number[];
  /** Y−1, Y */
  akteure: number[];
}

/** Projects compare Y−2..Y; Sonstige Aktivitäten and actors Y−1..Y. */
export function vergleichsjahre(berichtsjahr: number): Vergleichsjahre {
  const y = berichtsjahr;
  return { projekte: [y - 2, y - 1, y], aktivitaeten: [y - 1, y], akteure: [y - 1, y] };
}
