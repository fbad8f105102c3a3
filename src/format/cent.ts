import { pruefeEndlich } from './zahl.js';

/** Converts a euro amount (at most two decimals, as in kennzahlen.json) to integer cents. */
export function inCent(euro: number): number {
  pruefeEndlich(euro);
  return Math.round(euro * 100);
}

/** Integer division rounding half away from zero, exact for safe integers (`nenner` > 0). */
export function teileGerundet(zaehler: number, nenner: number): number {
  const betrag = Math.floor((2 * Math.abs(zaehler) + nenner) / (2 * nenner));
  return zaehler < 0 && betrag !== 0 ? -betrag : betrag;
}
