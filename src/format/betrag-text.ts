import { inCent, teileGerundet } from './cent.js';
import { gruppiere } from './zahl.js';

const CENT_PRO_MILLION = 100_000_000;

/**
 * An amount in running text: from one million on in millions with at most one decimal
 * ("69,2 Millionen Euro", "1 Million Euro", "15 Millionen Euro"), below in whole euros
 * ("44.380 Euro"). Rounding is half away from zero and computed in integer cents; an amount
 * that rounds to one million euros is written as "1 Million Euro".
 */
export function betragText(euro: number): string {
  const cent = inCent(euro);
  const vorzeichen = cent < 0 ? '-' : '';
  const betrag = Math.abs(cent);
  const ganzeEuro = teileGerundet(betrag, 100);
  if (ganzeEuro < 1_000_000) return `${vorzeichen}${gruppiere(String(ganzeEuro))} Euro`;
  const zehntel = teileGerundet(betrag, CENT_PRO_MILLION / 10);
  const ganz = Math.floor(zehntel / 10);
  const rest = zehntel % 10;
  const zahlText = rest === 0 ? gruppiere(String(ganz)) : `${gruppiere(String(ganz))},${rest}`;
  const einheit = zehntel === 10 ? 'Million' : 'Millionen';
  return `${vorzeichen}${zahlText} ${einheit} Euro`;
}
