import { betragText } from '../../format/betrag-text.js';
import { zahl } from '../../format/zahl.js';

/**
 * How the EWM report writes a bare Kennzahl in running text: euro amounts (keys with `volumen`:
 * `projektvolumen`, `foerdervolumen_bb` …) as "69,2 Millionen Euro", counts as "1.234".
 */
export function kennzahlText(schluessel: string, wert: number): string {
  return /volumen/.test(schluessel) ? betragText(wert) : zahl(wert);
}
