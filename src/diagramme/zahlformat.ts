/**
 * German number formatting for chart labels and text alternatives, in integer arithmetic
 * (no floating-point rounding surprises): `1.234`, `69,2`, `60 %`.
 */

/** Groups the digits of a non-negative integer with '.' (`1234567` → `1.234.567`). */
function gruppiere(ganz: number): string {
  return String(ganz).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** An integer count in German format (`1234` → `1.234`, `-5` → `-5`). */
export function formatZahl(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`Keine endliche Zahl: ${n}`);
  const ganz = Math.round(n);
  return (ganz < 0 ? '-' : '') + gruppiere(Math.abs(ganz));
}

/** Euros as millions with one decimal, half up (`69215000` → `69,2`, `49999` → `0,0`). */
export function formatMio(euro: number): string {
  if (!Number.isFinite(euro) || euro < 0) throw new Error(`Ungültiger Betrag: ${euro}`);
  const cent = Math.round(euro * 100);
  const zehntelMio = Math.floor((cent + 5_000_000) / 10_000_000);
  return `${gruppiere(Math.floor(zehntelMio / 10))},${zehntelMio % 10}`;
}

/** Euros as millions rounded half up to one decimal, as a number (for bar lengths). */
export function mio(euro: number): number {
  return Math.floor((Math.round(euro * 100) + 5_000_000) / 10_000_000) / 10;
}

/** Integer percentage of `teil` in `ganzes`, half up; `null` when `ganzes` is 0. */
export function prozent(teil: number, ganzes: number): number | null {
  if (ganzes === 0) return null;
  const t = Math.round(teil);
  const g = Math.round(ganzes);
  return Math.floor((t * 200 + g) / (2 * g));
}

/** A percentage for charts and brackets: `60 %`; `–` when there is no base. */
export function formatProzent(teil: number, ganzes: number): string {
  const p = prozent(teil, ganzes);
  return p === null ? '–' : `${p} %`;
}
