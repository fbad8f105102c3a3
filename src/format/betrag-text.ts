import { inCent, teileGerundet } from './cent.js';
import { gruppiere } from './zahl.js';

const CENT_PRO_MILLION = 100_000_000;

/**
 * An amount in running text: from one million on in millions with always one decimal, as the
 * charts and tables write them ("69,2 Millionen Euro", "1,0 Millionen Euro", "21,0 Millionen Euro"),
 * below in whole euros ("44.380 Euro"). Rounding is half away from zero and computed in integer cents.
 */
export function betragText(euro: number): string {
  const cent = inCent(euro);
  const vorzeichen = cent < 0 ? '-' : '';
  const betrag = Math.abs(cent);
  const ganzeEuro = teileGerundet(betrag, 100);
  if (ganzeEuro < 1_000_000) return `${vorzeichen}${gruppiere(String(ganzeEuro))} Euro`;
  const zehntel = teileGerundet(betrag, CENT_PRO_MILLION / 10);
  return `${vorzeichen}${gruppiere(String(Math.floor(zehntel / 10)))},${zehntel % 10} Millionen Euro`;
}
