import type { Kennzahlen } from '../../bericht/berichtsformat.js';

/** Schema id of the clusterbericht kennzahlen.json. */
export const CLUSTERBERICHT_SCHEMA = 'ewm-report/clusterbericht@1';

/**
 * kennzahlen.json of a clusterbericht: the same flat style as the EWM file (top-level keys and Kennzahlen
 * sorted in code-unit order, 2-space indent, trailing newline), so `diff` and `vergleich` read both alike.
 */
export function serialisiereClusterberichtKennzahlen(jahr: number, cluster: string, kennzahlen: Kennzahlen): string {
  const sortiert = Object.fromEntries(Object.entries(kennzahlen).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ berichtsjahr: jahr, cluster, kennzahlen: sortiert, schema: CLUSTERBERICHT_SCHEMA }, null, 2)}\n`;
}
