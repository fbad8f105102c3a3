/** The German result table of the benchmark, as aligned plain text and as Markdown. */
import type { ErgebnisZeile } from './ergebnis-typen.js';

/** German decimal: `1,23`. */
export function dezimal(x: number, stellen: number): string {
  return x.toFixed(stellen).replace('.', ',');
}

function wert(x: number | undefined, einheit: ErgebnisZeile['einheit']): string {
  if (x === undefined) return '–';
  if (einheit === 's') return `${dezimal(x, x < 10 ? 2 : 1)} s`;
  if (einheit === 'MB') return `${Math.round(x)} MB`;
  return `${dezimal(x, 1)}×`;
}

/** The cells of one row: Fall, Median, Basis, Verhältnis, Ziel, erreicht. */
export function zellen(z: ErgebnisZeile): string[] {
  const basis = z.basis === undefined ? '–' : `${wert(z.basis, z.einheit)}${z.basisText ? ` (${z.basisText})` : ''}`;
  return [
    z.fall,
    z.fehler !== undefined ? 'Fehler' : wert(z.median, z.einheit),
    basis,
    z.verhaeltnis === undefined ? '–' : dezimal(z.verhaeltnis, 2),
    z.ziel?.text ?? '–',
    z.ziel === undefined ? '–' : z.erreicht ? 'ja' : 'nein',
  ];
}

export const KOPFZEILE = ['Fall', 'Median', 'Basis', 'Verhältnis', 'Ziel', 'erreicht'];

/** The table as aligned text for the terminal. */
export function ergebnisTabelle(zeilen: readonly ErgebnisZeile[]): string {
  const alle = [KOPFZEILE, ...zeilen.map(zellen)];
  const breiten = KOPFZEILE.map((_, i) => Math.max(...alle.map((r) => (r[i] ?? '').length)));
  const linie = (r: string[]): string => r.map((c, i) => c.padEnd(breiten[i] ?? 0)).join('  ').trimEnd();
  return [linie(KOPFZEILE), breiten.map((b) => '─'.repeat(b)).join('  '), ...alle.slice(1).map(linie)].join('\n');
}

/** The table as Markdown. */
export function markdownTabelle(zeilen: readonly ErgebnisZeile[]): string {
  const r = (c: string[]): string => `| ${c.map((x) => x.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [r(KOPFZEILE), `|${KOPFZEILE.map((_, i) => (i === 0 || i === 4 ? '---' : '---:')).join('|')}|`, ...zeilen.map((z) => r(zellen(z)))].join('\n');
}
