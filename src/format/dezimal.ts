import { gruppiere, pruefeEndlich, rundeKaufmaennisch } from './zahl.js';

/** German decimal with a fixed number of decimals ("69,2", "1.234,50"), rounded half away from zero. */
export function dezimal(n: number, stellen: number): string {
  pruefeEndlich(n);
  if (!Number.isInteger(stellen) || stellen < 0) throw new RangeError(`Ungültige Stellenzahl: ${stellen}`);
  const gerundet = rundeKaufmaennisch(n, stellen);
  const [ganz = '0', bruch] = Math.abs(gerundet).toFixed(stellen).split('.');
  const text = bruch === undefined ? gruppiere(ganz) : `${gruppiere(ganz)},${bruch}`;
  return gerundet < 0 ? `-${text}` : text;
}
