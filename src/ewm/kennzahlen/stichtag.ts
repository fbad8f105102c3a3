/** Date helpers of the methodology: Stichtag, start of a year, year of an ISO date. */
import type { IsoDatum } from '../../model/typen.js';

/** The Stichtag of year J: 31.12.J as ISO date. */
export function stichtag(jahr: number): IsoDatum {
  return `${String(jahr).padStart(4, '0')}-12-31`;
}

/** The first day of year J as ISO date. */
export function jahresbeginn(jahr: number): IsoDatum {
  return `${String(jahr).padStart(4, '0')}-01-01`;
}

/** The year of an ISO date `yyyy-mm-dd`. */
export function jahrVon(datum: IsoDatum): number {
  // Digit arithmetic instead of slice + Number: this runs once per record on large exports.
  return (datum.charCodeAt(0) - 48) * 1000 + (datum.charCodeAt(1) - 48) * 100 + (datum.charCodeAt(2) - 48) * 10 + (datum.charCodeAt(3) - 48);
}
