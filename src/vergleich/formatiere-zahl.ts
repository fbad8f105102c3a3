import { gruppiere } from '../format/zahl.js';
import { inCent } from './in-cent.js';

/**
 * Formats a Kennzahl value the German way: counts `1.234`, amounts (and any value with cents)
 * `69.215.000,00`. With `vorzeichen`, positive values get a `+` (for differences).
 */
export function formatiereZahl(wert: number, betrag: boolean, vorzeichen = false): string {
  const cent = inCent(wert) ?? Math.round(wert * 100);
  const betragInCent = Math.abs(cent);
  const euro = Math.floor(betragInCent / 100);
  const rest = betragInCent % 100;
  const ganz = gruppiere(String(euro));
  const text = betrag || rest !== 0 ? `${ganz},${String(rest).padStart(2, '0')}` : ganz;
  const zeichen = cent < 0 ? '-' : vorzeichen && cent > 0 ? '+' : '';
  return `${zeichen}${text}`;
}

/** Whether a Kennzahl key holds an amount in euros (`…projektvolumen`, `…foerdervolumen_bb`, …). */
export function istBetrag(schluessel: string): boolean {
  const letzter = schluessel.slice(schluessel.lastIndexOf('.') + 1);
  return /^(projekt|foerder)volumen(_|$)/.test(letzter);
}
