import { appendFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ewmFormat } from '../../src/ewm/ewm-format.js';
import { ladeDatenGecacht } from '../../src/vorschau/lade-daten-gecacht.js';
import { kopiereBeispieldaten } from '../hilfen/datenkopie.js';

const FORMATE = [ewmFormat];
let basis: string;
let daten: string;
beforeAll(async () => {
  ({ basis, daten } = await kopiereBeispieldaten());
});
afterAll(() => rm(basis, { recursive: true, force: true }));

describe('ladeDatenGecacht', () => {
  it('reuses the last result while the tables are unchanged, also when a text changes', async () => {
    const erstes = await ladeDatenGecacht(daten, FORMATE, {});
    await appendFile(path.join(daten, 'texte/2019/industrielle-produktion/fazit.md'), '\nNoch ein Satz.\n');
    expect(await ladeDatenGecacht(daten, FORMATE, {})).toBe(erstes);
  });

  it('reads again after a table or the options changed', async () => {
    const erstes = await ladeDatenGecacht(daten, FORMATE, {});
    expect(await ladeDatenGecacht(daten, FORMATE, { trennzeichen: ';' })).not.toBe(erstes);
    const zweites = await ladeDatenGecacht(daten, FORMATE, {});
    await appendFile(path.join(daten, 'akteure.csv'), '\n');
    const drittes = await ladeDatenGecacht(daten, FORMATE, {});
    expect(drittes).not.toBe(zweites);
    expect(drittes.daten?.cluster.length).toBe(zweites.daten?.cluster.length);
  });
});
