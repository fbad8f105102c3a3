import { inCent, teileGerundet } from './cent.js';
import { gruppiere } from './zahl.js';

/** Euros as millions with exactly one decimal, half up, without unit ("69,2", "0,0"). */
export function mioZahl(euro: number): string {
  const cent = inCent(euro);
  const zehntel = teileGerundet(Math.abs(cent), 10_000_000);
  const text = `${gruppiere(String(Math.floor(zehntel / 10)))},${zehntel % 10}`;
  return `${cent < 0 && zehntel !== 0 ? '-' : ''}${text}`;
}

/** An amount in charts and tables: millions with exactly one decimal ("69,2 Mio. €", "0,0 Mio. €"). */
export function mioEuro(euro: number): string {
  return `${mioZahl(euro)} Mio. €`;
}
