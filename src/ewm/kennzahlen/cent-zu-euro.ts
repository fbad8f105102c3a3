/** Conversion of integer cent sums to euro numbers for kennzahlen.json. */
import type { Cent } from '../../model/typen.js';

/**
 * Euros with at most two decimals: integer cents / 100 is the nearest double to the exact
 * decimal, so JSON prints e.g. `69215000` or `69215000.5`, never `0.30000000000000004`.
 */
export function centZuEuro(cent: Cent): number {
  const ganz = Math.round(cent);
  return ganz === 0 ? 0 : ganz / 100;
}
