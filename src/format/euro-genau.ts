import { inCent } from './cent.js';
import { gruppiere } from './zahl.js';

/** An amount to the cent: "1.234.567,89 €" (a record's own amount, where rounding would hide a correction). */
export function euroGenau(euro: number): string {
  const cent = inCent(euro);
  const betrag = Math.abs(cent);
  const text = `${gruppiere(String(Math.floor(betrag / 100)))},${String(betrag % 100).padStart(2, '0')} €`;
  return cent < 0 ? `-${text}` : text;
}
