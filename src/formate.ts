/**
 * The registry of report formats. The first is the default for cluster.json entries that name none.
 * A new format adds its module here (and nothing else in the generic code).
 */
import type { Berichtsformat } from './bericht/berichtsformat.js';
import { clusterberichtFormat } from './clusterbericht/clusterbericht-format.js';
import { ewmFormat } from './ewm/ewm-format.js';
import { CliFehler, EXIT } from './fehler.js';

export const FORMATE: readonly Berichtsformat[] = [ewmFormat, clusterberichtFormat];

/** The format with `id`; an unknown id is an input error (exit 2) listing the known ones. */
export function findeFormat(id: string, formate: readonly Berichtsformat[] = FORMATE): Berichtsformat {
  const format = formate.find((f) => f.id === id);
  if (format === undefined) {
    throw new CliFehler(`Unbekanntes Berichtsformat "${id}". Bekannt: ${formate.map((f) => f.id).join(', ')}.`, { exitCode: EXIT.eingabe });
  }
  return format;
}
