/** Test helper: the clusterbericht data of data/ (or another folder), read through the real loader with all formats. */
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { formatDaten } from '../../src/bericht/format-daten.js';
import { clusterberichtFormat } from '../../src/clusterbericht/clusterbericht-format.js';
import type { ClusterberichtDaten } from '../../src/clusterbericht/typen.js';
import type { Problem } from '../../src/fehler.js';
import { FORMATE } from '../../src/formate.js';
import { ladeDaten } from '../../src/pruefen/lade-daten.js';

export const DATEN = fileURLToPath(new URL('../../data', import.meta.url));
export const SMAB = 'sondermaschinen-anlagenbau';

/** Reads `verzeichnis`; returns the problems and, without errors, the clusterbericht data. */
export async function ladeMitProblemen(verzeichnis = DATEN): Promise<{ daten: ClusterberichtDaten | undefined; probleme: Problem[] }> {
  const { daten, probleme } = await ladeDaten(verzeichnis, FORMATE);
  return { daten: daten === undefined ? undefined : formatDaten(daten, clusterberichtFormat), probleme };
}

/** Reads the folder and expects no error. */
export async function ladeBeispiel(verzeichnis = DATEN): Promise<ClusterberichtDaten> {
  const { daten, probleme } = await ladeMitProblemen(verzeichnis);
  expect(probleme.filter((p) => p.schwere === 'fehler')).toEqual([]);
  return daten as ClusterberichtDaten;
}
