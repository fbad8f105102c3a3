import { CliFehler, EXIT } from '../fehler.js';
import type { Datenbestand } from '../model/typen.js';
import type { DatenFormat } from '../pruefen/format-tabellen.js';

/** The validated data of `format` in `daten` (loaded by `ladeDaten` for every format in use). */
export function formatDaten<Daten>(daten: Datenbestand, format: DatenFormat<Daten>): Daten {
  if (!daten.formate.has(format.id)) {
    throw new CliFehler(`Die Tabellen des Berichtsformats "${format.id}" wurden nicht geladen; kein Management in cluster.json nutzt es.`, {
      exitCode: EXIT.eingabe,
    });
  }
  // The loader stored exactly what this format's collector built.
  return daten.formate.get(format.id) as Daten;
}
