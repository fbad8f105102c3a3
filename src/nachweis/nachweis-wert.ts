import { dezimal } from '../format/dezimal.js';
import { euroGenau } from '../format/euro-genau.js';
import { zahl } from '../format/zahl.js';

/**
 * A Kennzahl's value as the Nachweis shows it (appendix, `erklaere`): amounts to the cent, counts as integers,
 * other values with their decimals ("2,25" Mannjahre, "40,5" % Exportanteil), never rounded to a whole number.
 */
export function nachweisWert(einheit: string | undefined, w: number): string {
  if (einheit === 'euro') return euroGenau(w);
  if (Number.isInteger(w)) return zahl(w);
  return dezimal(w, 2).replace(/0$/, '');
}
