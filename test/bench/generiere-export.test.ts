import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { betragDe, datumDe, tagVon } from '../../bench/deutsche-werte.js';
import { generiereExport } from '../../bench/generiere-export.js';
import { ladeEwmDaten } from '../../src/ewm/lade-ewm-daten.js';
import { WURZEL } from '../hilfen/pfade.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'ewm-generator-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const clusterJson = path.join(WURZEL, 'data/cluster.json');

function dateien(verzeichnis: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(verzeichnis).sort().map((d) => [d, readFileSync(path.join(verzeichnis, d))]));
}

describe('generiereExport', () => {
  it('writes byte-identical files for the same seed and different ones for another seed', async () => {
    const a = await generiereExport(path.join(temp, 'a'), 300, { clusterJson, seed: 7 });
    const b = await generiereExport(path.join(temp, 'b'), 300, { clusterJson, seed: 7 });
    const c = await generiereExport(path.join(temp, 'c'), 300, { clusterJson, seed: 8 });
    expect(b).toEqual(a);
    const da = dateien(path.join(temp, 'a'));
    expect(Object.keys(da)).toEqual(['akteure.csv', 'aktivitaeten.csv', 'beteiligungen.csv', 'cluster.json', 'projekte.csv']);
    expect(dateien(path.join(temp, 'b'))).toEqual(da);
    const dc = dateien(path.join(temp, 'c'));
    expect(dc['projekte.csv']?.equals(da['projekte.csv'] as Buffer)).toBe(false);
    expect(dc['cluster.json']?.equals(da['cluster.json'] as Buffer)).toBe(true);
  });

  it('writes the German Excel dialect: BOM, ";" header with labels, CRLF', async () => {
    await generiereExport(path.join(temp, 'd'), 20, { clusterJson, seed: 1 });
    const text = readFileSync(path.join(temp, 'd', 'projekte.csv'), 'utf8');
    expect(text.startsWith('\ufeffID;Titel;Cluster/Teilthema;Beteiligte Cluster;Handlungsfeld;Laufzeitbeginn;')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(22); // header, 20 rows, empty after the last CRLF
    expect(text.split('\r\n')[1]).toMatch(/^P-0000001;[^;]+;[^;]+;[^;]*;[^;]+;\d{2}\.\d{2}\.\d{4};/);
  });

  it('produces an export that passes ladeDaten without a single problem, in the proportions of issue 7', async () => {
    const n = 2000;
    const zeilen = await generiereExport(path.join(temp, 'e'), n, { clusterJson, seed: 20190101 });
    expect(zeilen).toMatchObject({ projekte: 2000, aktivitaeten: 1000, akteure: 400 });
    expect(zeilen.beteiligungen).toBeGreaterThan(2.8 * n);
    expect(zeilen.beteiligungen).toBeLessThan(3.2 * n);
    const { daten, probleme } = await ladeEwmDaten(path.join(temp, 'e'));
    expect(probleme).toEqual([]);
    expect(daten?.projekte).toHaveLength(2000);
    expect(daten?.aktivitaeten).toHaveLength(1000);
    expect(daten?.akteure).toHaveLength(400);
    expect(daten?.beteiligungen).toHaveLength(zeilen.beteiligungen);
    // Every management occurs, and so do parents, Cross Cluster projects and Leichtbau only from 2020 on.
    expect(new Set(daten?.projekte.map((p) => p.cluster)).size).toBe(13);
    expect(daten?.akteure.some((a) => a.uebergeordnet !== undefined)).toBe(true);
    expect(daten?.projekte.some((p) => p.beteiligte_cluster.length > 0)).toBe(true);
    const leichtbau = daten?.projekte.filter((p) => p.handlungsfeld === 'leichtbau') ?? [];
    expect(leichtbau.length).toBeGreaterThan(0);
    expect(leichtbau.every((p) => p.laufzeitbeginn >= '2020-01-01')).toBe(true);
  });
});

describe('German cell formats', () => {
  it('formats amounts with thousands dots and a decimal comma, and dates as dd.mm.yyyy', () => {
    expect(betragDe(123456789)).toBe('1.234.567,89');
    expect(betragDe(5)).toBe('0,05');
    expect(betragDe(100000)).toBe('1.000,00');
    expect(datumDe(tagVon(2019, 2, 28))).toBe('28.02.2019');
    expect(datumDe(tagVon(2020, 12, 1))).toBe('01.12.2020');
  });
});
