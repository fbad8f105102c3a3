import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../fehler.js';
import type { Datenbestand } from '../model/typen.js';
import type { Berichtsformat } from './berichtsformat.js';
import { formatDaten } from './format-daten.js';

/**
 * Checks the analysts' texts of every report that has a text folder `texte/<jahr>/<cluster>/` in the
 * data folder, as a report run would load them with the management's format (and the Kennzahlen that
 * `{{kennzahl "…"}}` may print).
 */
export async function pruefeTexte(datenVerzeichnis: string, daten: Datenbestand, formate: readonly Berichtsformat[]): Promise<Problem[]> {
  const probleme: Problem[] = [];
  for (const jahr of await ordnerIn(path.join(datenVerzeichnis, 'texte'))) {
    if (!/^\d{4}$/.test(jahr)) continue;
    for (const slug of await ordnerIn(path.join(datenVerzeichnis, 'texte', jahr))) {
      // Folders of managements not in this registry belong to another data set.
      const cluster = daten.cluster.find((c) => c.slug === slug);
      const format = formate.find((f) => f.id === cluster?.berichtsformat);
      if (format === undefined || !daten.formate.has(format.id)) continue;
      const kennzahlen = format.berechneKennzahlen(formatDaten(daten, format), slug, Number(jahr));
      probleme.push(...(await format.ladeTexte(datenVerzeichnis, Number(jahr), slug, kennzahlen)).probleme);
    }
  }
  return probleme;
}

async function ordnerIn(ordner: string): Promise<string[]> {
  try {
    return (await readdir(ordner, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}
