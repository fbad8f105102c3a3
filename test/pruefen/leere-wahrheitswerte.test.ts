// The contract: an empty boolean cell means nein (Excel users mark x and leave the rest empty); in JSON a
// missing key or null means false. A boolean column missing from the header is still an error (once).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ladeEwmDaten } from '../../src/ewm/lade-ewm-daten.js';
import { formatiereProblem } from '../../src/fehler.js';

const MINIMAL = join(import.meta.dirname, '..', 'fixtures', 'gueltig', 'minimal');
const tmp = mkdtempSync(join(tmpdir(), 'ewm-bool-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function variante(name: string, aendern: (ordner: string) => void): string {
  const ordner = join(tmp, name);
  cpSync(MINIMAL, ordner, { recursive: true });
  aendern(ordner);
  return ordner;
}

describe('empty booleans', () => {
  it('an empty fueui cell in a CSV is nein, an x is ja', async () => {
    const ordner = variante('csv', (o) => {
      const datei = join(o, 'projekte.csv');
      const zeilen = readFileSync(datei, 'utf8').split('\n');
      // P-003 and P-004 have fueui "nein": leave it empty; P-002 marks it with x
      zeilen[2] = (zeilen[2] as string).replace(';KMU-innovativ;ja;', ';KMU-innovativ;x;');
      zeilen[3] = (zeilen[3] as string).replace(';nein;', ';;');
      zeilen[4] = (zeilen[4] as string).replace(';nein;', ';;');
      writeFileSync(datei, zeilen.join('\n'));
    });
    const { daten, probleme } = await ladeEwmDaten(ordner);
    expect(probleme.map(formatiereProblem)).toEqual([]);
    expect(daten?.projekte.map((p) => [p.id, p.fueui])).toEqual([['P-001', true], ['P-002', true], ['P-003', false], ['P-004', false]]);
  });

  it('a missing or null boolean in JSON is false', async () => {
    const ordner = variante('json', (o) => {
      rmSync(join(o, 'aktivitaeten.csv'));
      writeFileSync(join(o, 'aktivitaeten.json'), JSON.stringify([
        { id: 'A-001', titel: 'Forum', cluster: 'industrielle-produktion', handlungsfeld: 'industrie-4-0', beginn: '2019-09-12', format: 'forum', standardaktivitaet: null },
        { id: 'A-002', titel: 'Messe', cluster: 'industrielle-produktion', handlungsfeld: 'uebergreifend', beginn: '2019-04-01', format: 'messe' },
      ]));
    });
    const { daten, probleme } = await ladeEwmDaten(ordner);
    expect(probleme.map(formatiereProblem)).toEqual([]);
    expect(daten?.aktivitaeten.map((a) => a.standardaktivitaet)).toEqual([false, false]);
  });

  it('a boolean column missing from the header is one error on the header', async () => {
    const ordner = variante('ohne-spalte', (o) => {
      const datei = join(o, 'projekte.csv');
      const zeilen = readFileSync(datei, 'utf8').split('\n').map((z) => z.split(';').filter((_, i) => i !== 15).join(';'));
      writeFileSync(datei, zeilen.join('\n'));
    });
    const meldungen = (await ladeEwmDaten(ordner)).probleme.map(formatiereProblem).filter((m) => m.includes('fueui'));
    expect(meldungen).toEqual(['projekte.csv:1: Spalte "fueui": Pflichtspalte fehlt in der Kopfzeile (erwartet "FuEuI-Projekt" oder den kanonischen Namen)']);
  });
});
