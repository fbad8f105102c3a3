/**
 * German number formatting for chart labels and text alternatives: the report's formatters
 * (src/format, integer arithmetic) in the shapes the charts need: `1.234`, `69,2`, `60 %`.
 */
import { inCent, teileGerundet } from '../format/cent.js';
import { mioZahl } from '../format/mio-euro.js';
import { prozentAus, prozentZeichen } from '../format/prozent.js';
import { zahl } from '../format/zahl.js';

/** An integer count in German format (`1234` → `1.234`, `-5` → `-5`). */
export function formatZahl(n: number): string {
  return zahl(n);
}

/** Euros as millions with one decimal, half up (`69215000` → `69,2`, `49999` → `0,0`). */
export function formatMio(euro: number): string {
  if (!Number.isFinite(euro) || euro < 0) throw new Error(`Ungültiger Betrag: ${euro}`);
  return mioZahl(euro);
}

/** Euros as millions rounded half up to one decimal, as a number (for bar lengths). */
export function mio(euro: number): number {
  return teileGerundet(inCent(euro), 10_000_000) / 10;
}

/** Integer percentage of `teil` in `ganzes`, half up; `null` when `ganzes` is 0. */
export function prozent(teil: number, ganzes: number): number | null {
  return ganzes === 0 ? null : prozentAus(teil, ganzes);
}

/** A percentage for charts and brackets: `60 %`; `–` when there is no base. */
export function formatProzent(teil: number, ganzes: number): string {
  const p = prozent(teil, ganzes);
  return p === null ? '–' : prozentZeichen(p);
}
