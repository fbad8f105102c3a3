import { zahl } from './zahl.js';

/** A count in a table: zero is an en dash "–" (as in the seed), otherwise "1.234". */
export function tabellenZahl(n: number): string {
  return n === 0 ? '–' : zahl(n);
}
