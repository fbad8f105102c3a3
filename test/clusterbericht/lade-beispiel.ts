/** Test helper: the clusterbericht sample data of data/ (or another folder), read through the real reader. */
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ladeClusterberichtDaten } from '../../src/clusterbericht/pruefen/lade-clusterbericht-daten.js';
import type { ClusterberichtDaten } from '../../src/clusterbericht/typen.js';
import type { Problem } from '../../src/fehler.js';
import { normalisiereSchluessel } from '../../src/lesen/normalisiere-schluessel.js';
import type { Cluster } from '../../src/model/typen.js';
import type { ClusterKontext } from '../../src/pruefen/konvertiere-zelle.js';

export const DATEN = fileURLToPath(new URL('../../data', import.meta.url));
export const SMAB = 'sondermaschinen-anlagenbau';

/** The lookup of cluster references for the sample management. */
export function smabKontext(): ClusterKontext {
  const c = { slug: SMAB, name: 'Sondermaschinen- und Anlagenbau', art: 'cluster', land: 'gemeinsam', handlungsfelder: [] } as unknown as Cluster;
  const index = new Map<string, Cluster>();
  for (const form of [c.slug, c.name]) {
    index.set(form, c);
    index.set(normalisiereSchluessel(form), c);
  }
  return { index, namen: [c.name] };
}

/** Reads the nine tables of `verzeichnis`; returns the problems and the records. */
export async function ladeMitProblemen(verzeichnis = DATEN): Promise<{ daten: ClusterberichtDaten; probleme: Problem[] }> {
  const probleme: Problem[] = [];
  const { daten } = await ladeClusterberichtDaten(verzeichnis, smabKontext(), { maxDateiBytes: 50 * 1024 * 1024 }, probleme);
  return { daten, probleme };
}

/** Reads the tables and expects no error. */
export async function ladeBeispiel(verzeichnis = DATEN): Promise<ClusterberichtDaten> {
  const { daten, probleme } = await ladeMitProblemen(verzeichnis);
  expect(probleme.filter((p) => p.schwere === 'fehler')).toEqual([]);
  return daten;
}
