/** The clusterbericht sample as CSV (German Excel export) or as JSON, in any row order, gives the same kennzahlen.json. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { berechneClusterberichtKennzahlen } from '../../src/clusterbericht/kennzahlen/berechne-clusterbericht-kennzahlen.js';
import { serialisiereClusterberichtKennzahlen } from '../../src/clusterbericht/kennzahlen/serialisiere-clusterbericht-kennzahlen.js';
import type { ClusterberichtTabellen } from '../../src/clusterbericht/typen.js';
import { DATEN, ladeBeispiel, SMAB } from './lade-beispiel.js';

/** Columns held as hundredths (cents, or decimals with two places): JSON gives them as numbers of units. */
const HUNDERTSTEL = new Set(['kosten', 'umsatz', 'volumen', 'personal_mannjahre', 'exportanteil']);
const ordner: string[] = [];
afterAll(() => { for (const o of ordner) rmSync(o, { recursive: true, force: true }); });

function alsJson(zeilen: readonly object[], umgedreht: boolean): string {
  const records = zeilen.map((z) => Object.fromEntries(Object.entries(z)
    .filter(([s, v]) => s !== 'herkunft' && v !== undefined)
    .map(([s, v]) => [s, HUNDERTSTEL.has(s) ? (v as number) / 100 : v])));
  return JSON.stringify(umgedreht ? { records: records.reverse() } : records, null, 2);
}

/** The nine tables of the loaded data (without the registry and bericht.json). */
const tabellen = (d: ClusterberichtTabellen): [string, unknown[]][] =>
  Object.entries(d).filter(([t]) => t !== 'cluster' && t !== 'bericht') as [string, unknown[]][];

const datei = (d: ClusterberichtTabellen, jahr: number): string => serialisiereClusterberichtKennzahlen(jahr, SMAB, berechneClusterberichtKennzahlen(d, SMAB, jahr));

describe('clusterbericht: CSV vs JSON invariance (through the reader)', () => {
  it.each([false, true])('JSON copy of data/clusterbericht (reversed rows: %s) gives byte-identical kennzahlen.json', async (umgedreht) => {
    const csv = await ladeBeispiel();
    const dir = mkdtempSync(join(tmpdir(), 'cb-json-'));
    ordner.push(dir);
    mkdirSync(join(dir, 'clusterbericht'));
    // Only the clusterbericht management: the folder needs no EWM tables then.
    const cluster = JSON.parse(readFileSync(join(DATEN, 'cluster.json'), 'utf8')) as { cluster: { berichtsformat?: string }[] };
    writeFileSync(join(dir, 'cluster.json'), JSON.stringify({ cluster: cluster.cluster.filter((c) => c.berichtsformat === 'clusterbericht') }));
    for (const [tabelle, zeilen] of tabellen(csv)) writeFileSync(join(dir, 'clusterbericht', `${tabelle}.json`), alsJson(zeilen as object[], umgedreht));
    const json = await ladeBeispiel(dir);
    for (const [tabelle, zeilen] of tabellen(csv)) expect((json as unknown as Record<string, unknown[]>)[tabelle], tabelle).toHaveLength(zeilen.length);
    for (const jahr of [2014, 2015, 2016]) expect(datei(json, jahr)).toBe(datei(csv, jahr));
    expect(JSON.parse(datei(json, 2015)).kennzahlen['veranstaltungen.teilnehmende']).toBe(1307);
    expect(JSON.parse(datei(json, 2015)).schema).toBe('ewm-report/clusterbericht@1');
  });
});
