/** One fixture folder per rule of the clusterbericht tables: exactly the expected problem lines, no data. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS generator without types
import { erzeugeFixtures, FAELLE } from '../fixtures/clusterbericht/erzeuge-fixtures.mjs';
import { berechneClusterberichtKennzahlen } from '../../src/clusterbericht/kennzahlen/berechne-clusterbericht-kennzahlen.js';
import type { ClusterberichtDaten } from '../../src/clusterbericht/typen.js';
import { formatiereProblem } from '../../src/fehler.js';
import { ladeMitProblemen, SMAB } from './lade-beispiel.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'clusterbericht');
const faelle = FAELLE as { name: string; erwartet: string[] }[];

describe('clusterbericht fixture folders, one rule each', () => {
  it('the minimal folder is valid and computes', async () => {
    const { daten, probleme } = await ladeMitProblemen(join(FIXTURES, 'gueltig', 'minimal'));
    expect(probleme).toEqual([]);
    expect(daten).toBeDefined();
    const k = berechneClusterberichtKennzahlen(daten as ClusterberichtDaten, SMAB, 2015);
    expect([k['eckdaten.personal_mannjahre'], k['branche.maschinenbau.umsatz_je_beschaeftigten'], k['veranstaltungen.teilnehmende'], k['netzwerke.netzwerkansatz']]).toEqual([2, 190575, 80, 1]);
  });

  it('has one folder on disk per case', () => {
    expect(readdirSync(join(FIXTURES, 'ungueltig')).sort()).toEqual(faelle.map((f) => f.name).sort());
  });

  it.each(faelle.map((f) => f.name))('ungueltig/%s', async (name) => {
    const ordner = join(FIXTURES, 'ungueltig', name);
    const erwartet = readFileSync(join(ordner, 'erwartet.txt'), 'utf8').trimEnd().split('\n');
    const { daten, probleme } = await ladeMitProblemen(ordner);
    expect(probleme.map(formatiereProblem)).toEqual(erwartet);
    expect(daten).toBeUndefined();
    expect(probleme.every((p) => p.schwere === 'fehler')).toBe(true);
  });

  const tmp = mkdtempSync(join(tmpdir(), 'cb-fixtures-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  it('folders on disk are current (regenerating gives the same files)', () => {
    erzeugeFixtures(tmp);
    for (const art of ['gueltig', 'ungueltig']) {
      for (const name of readdirSync(join(tmp, art))) {
        for (const datei of readdirSync(join(tmp, art, name))) {
          if (datei === 'clusterbericht') continue;
          expect(readFileSync(join(FIXTURES, art, name, datei), 'utf8'), `${art}/${name}/${datei}`).toBe(readFileSync(join(tmp, art, name, datei), 'utf8'));
        }
        for (const datei of readdirSync(join(tmp, art, name, 'clusterbericht'))) {
          expect(readFileSync(join(FIXTURES, art, name, 'clusterbericht', datei), 'utf8'), `${art}/${name}/${datei}`).toBe(readFileSync(join(tmp, art, name, 'clusterbericht', datei), 'utf8'));
        }
      }
    }
  });
});
