import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS generator without types
import { erzeugeFixtures, FAELLE } from '../fixtures/erzeuge-fixtures.mjs';
import { formatiereProblem } from '../../src/fehler.js';
import { ladeEwmDaten } from '../../src/ewm/lade-ewm-daten.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const faelle = FAELLE as { name: string; art?: string; erwartet: string[] }[];

describe('fixture folders, one rule each', () => {
  it('has at least 35 invalid cases, each folder on disk', () => {
    const ungueltig = readdirSync(join(FIXTURES, 'ungueltig'));
    expect(ungueltig.length).toBeGreaterThanOrEqual(35);
    expect(ungueltig.sort()).toEqual(faelle.filter((f) => f.art !== 'warnung').map((f) => f.name).sort());
  });

  it.each(faelle.map((f) => [f.art === 'warnung' ? 'warnung' : 'ungueltig', f.name] as const))('%s/%s', async (art, name) => {
    const ordner = join(FIXTURES, art, name);
    const erwartet = readFileSync(join(ordner, 'erwartet.txt'), 'utf8').trimEnd().split('\n');
    const { daten, probleme, dateien } = await ladeEwmDaten(ordner);
    expect(probleme.map(formatiereProblem)).toEqual(erwartet);
    expect(probleme.every((p) => (art === 'warnung' ? p.schwere !== 'fehler' : p.schwere === 'fehler'))).toBe(true);
    expect(daten === undefined).toBe(art === 'ungueltig');
    expect(dateien.length).toBeGreaterThan(0);
  });

  const tmp = mkdtempSync(join(tmpdir(), 'ewm-fixtures-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  it('folders on disk are current (regenerating gives the same files)', () => {
    erzeugeFixtures(tmp);
    for (const art of ['ungueltig', 'warnung']) {
      for (const name of readdirSync(join(tmp, art))) {
        for (const datei of readdirSync(join(tmp, art, name))) {
          expect(readFileSync(join(FIXTURES, art, name, datei), 'utf8'), `${art}/${name}/${datei}`).toBe(readFileSync(join(tmp, art, name, datei), 'utf8'));
        }
      }
    }
  });
});
