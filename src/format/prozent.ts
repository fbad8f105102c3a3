import { inCent, teileGerundet } from './cent.js';
import { pruefeEndlich, rundeKaufmaennisch } from './zahl.js';

/** A share (0.665) as an integer percentage, half away from zero (67). */
export function prozent(anteil: number): number {
  pruefeEndlich(anteil);
  return rundeKaufmaennisch(anteil * 100, 0);
}

/**
 * The integer percentage `zaehler / nenner`, half away from zero, computed exactly in integer
 * cents (so 0.665-style float artefacts cannot flip the rounding). Counts and euro amounts with
 * up to two decimals are both fine. `nenner` must be positive: callers decide what a share of
 * nothing means.
 */
export function prozentAus(zaehler: number, nenner: number): number {
  const z = inCent(zaehler);
  const n = inCent(nenner);
  if (n <= 0) throw new RangeError(`Prozentwert ohne positiven Nenner: ${zaehler}/${nenner}`);
  return teileGerundet(100 * z, n);
}

/** A percentage in running text: "67 Prozent". */
export function prozentText(p: number): string {
  return `${p} Prozent`;
}

/** A percentage in brackets, charts and tables: "60 %" (with a space, as in the seed). */
export function prozentZeichen(p: number): string {
  return `${p} %`;
}
