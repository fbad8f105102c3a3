import { dezimal } from '../../format/dezimal.js';
import { zahl } from '../../format/zahl.js';

/** How the clusterbericht writes a bare Kennzahl in running text: integers grouped ("1.307"), other values with two decimals ("2,25"). */
export function kennzahlText(_schluessel: string, wert: number): string {
  return Number.isInteger(wert) ? zahl(wert) : dezimal(wert, 2);
}
