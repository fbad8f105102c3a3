// A column missing from the header that is needed only under conditions (Größenklasse of companies)
// is one line naming the column, not one error per company row.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ladeEwmDaten } from '../../src/ewm/lade-ewm-daten.js';
import { formatiereProblem } from '../../src/fehler.js';
import { WURZEL } from '../hilfen/pfade.js';

const tmp = mkdtempSync(join(tmpdir(), 'ewm-spalte-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a missing column', () => {
  it('Größenklasse missing from akteure.csv of the sample data: one line, not 88', async () => {
    const daten = join(tmp, 'data');
    cpSync(join(WURZEL, 'data'), daten, { recursive: true });
    const datei = join(daten, 'akteure.csv');
    const zeilen = readFileSync(datei, 'utf8').split('\n');
    const spalte = (zeilen[0] as string).split(';').indexOf('Größenklasse');
    writeFileSync(datei, zeilen.map((z) => (z === '' ? z : z.split(';').filter((_, i) => i !== spalte).join(';'))).join('\n'));
    const fehler = (await ladeEwmDaten(daten)).probleme.filter((p) => p.schwere === 'fehler').map(formatiereProblem);
    expect(fehler).toEqual([
      'akteure.csv:1: Spalte "groessenklasse": Die Spalte "Größenklasse" fehlt in der Kopfzeile; deshalb 88-mal (erste: Zeile 39): Pflichtangabe fehlt: bei Typ "Unternehmen" ist die Zahl der Beschäftigten oder die Größenklasse Pflicht',
    ]);
  });
});
