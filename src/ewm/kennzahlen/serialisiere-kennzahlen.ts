/** The machine-readable result file `kennzahlen.json`. */
import type { Kennzahlen } from './berechne-kennzahlen.js';

/** Content of `kennzahlen.json`. */
export interface KennzahlenDatei {
  schema: 'ewm-report/kennzahlen@1';
  berichtsjahr: number;
  cluster: string;
  kennzahlen: Kennzahlen;
}

/** Code-unit order, independent of locale. */
function vergleiche(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortiert(wert: unknown): unknown {
  if (Array.isArray(wert)) return wert.map(sortiert);
  if (wert !== null && typeof wert === 'object') {
    const aus: Record<string, unknown> = {};
    for (const s of Object.keys(wert).sort(vergleiche)) aus[s] = sortiert((wert as Record<string, unknown>)[s]);
    return aus;
  }
  return wert;
}

/** Serialises with sorted keys, 2-space indent, trailing newline; deterministic. */
export function serialisiereKennzahlen(datei: KennzahlenDatei): string {
  return `${JSON.stringify(sortiert(datei), null, 2)}\n`;
}
