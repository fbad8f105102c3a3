import { dezimal } from '../../format/dezimal.js';
import { zahl } from '../../format/zahl.js';

/**
 * A rounded amount in running text, as the seed writes it: from a billion on in Mrd. € with three decimals
 * ("9,841 Mrd. €"), from a million on in Mio. € with one decimal unless it is 0 ("4,1 Mio. €", "603 Mio. €"),
 * below in whole euros ("200.000 €"). Half away from zero.
 */
export function betragUngefaehr(euro: number): string {
  const betrag = Math.abs(euro);
  if (betrag >= 999_999_500) return `${dezimal(euro / 1e9, 3)} Mrd. €`;
  if (betrag >= 999_950) return `${dezimal(euro / 1e6, 1).replace(/,0$/, '')} Mio. €`;
  return `${zahl(euro)} €`;
}

/** A decimal with one place, or two when the second is not 0 ("2,0", "2,25"). */
export function dezimalKurz(n: number): string {
  const zwei = dezimal(n, 2);
  return zwei.endsWith('0') ? zwei.slice(0, -1) : zwei;
}

/** A percentage with up to two decimals ("35 %", "24,5 %"). */
export function prozentKurz(p: number): string {
  return `${Number.isInteger(p) ? zahl(p) : dezimalKurz(p).replace(/,0$/, '')} %`;
}
