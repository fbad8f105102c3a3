// In a `,`-delimited file the dot is the decimal mark: `300.000` is read as 300 €. That is the documented
// rule, but silence would hide a likely mistake, so every dot-grouped number is a warning with file:line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ladeEwmDaten } from '../../src/ewm/lade-ewm-daten.js';
import { formatiereProblem } from '../../src/fehler.js';

const MINIMAL = join(import.meta.dirname, '..', 'fixtures', 'gueltig', 'minimal');
const tmp = mkdtempSync(join(tmpdir(), 'ewm-komma-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('dot-grouped numbers in a comma-delimited file', () => {
  it('warn with file, line and column, saying how they were read', async () => {
    const ordner = join(tmp, 'komma');
    cpSync(MINIMAL, ordner, { recursive: true });
    const datei = join(ordner, 'projekte.csv');
    const zeilen = readFileSync(datei, 'utf8').trim().split('\n').map((z) => z.split(';'));
    // P-003: Projektvolumen 300.000; P-004: Projektvolumen 1.500.000 and Projektvolumen BB 900000 (no dots)
    (zeilen[3] as string[])[9] = '300.000';
    (zeilen[4] as string[])[9] = '1.500.000';
    (zeilen[4] as string[])[10] = '900000';
    writeFileSync(datei, zeilen.map((z) => z.map((c) => (c.includes(',') ? `"${c}"` : c.replace(/\.(?=\d{3}(\D|$))/g, (p, _g, i, s: string) => (s === '300.000' || s === '1.500.000' ? p : '')))).join(',')).join('\n'));
    const { daten, probleme } = await ladeEwmDaten(ordner);
    expect(probleme.filter((p) => p.schwere === 'fehler').map(formatiereProblem)).toEqual([]);
    expect(probleme.filter((p) => p.schwere === 'warnung').map(formatiereProblem)).toEqual([
      'projekte.csv:4: Spalte "projektvolumen": "300.000" wurde als 300 € gelesen. In einer mit Komma getrennten Datei ist ein einzelner Punkt das Dezimalzeichen (300.000 = 300 €), mehrere Punkte trennen Tausender (1.500.000 = 1.500.000 €); bitte ohne Tausenderpunkte schreiben (z. B. 300000) oder die Datei mit Semikolon trennen',
      'projekte.csv:5: Spalte "projektvolumen": "1.500.000" wurde als 1.500.000 € gelesen. In einer mit Komma getrennten Datei ist ein einzelner Punkt das Dezimalzeichen (300.000 = 300 €), mehrere Punkte trennen Tausender (1.500.000 = 1.500.000 €); bitte ohne Tausenderpunkte schreiben (z. B. 300000) oder die Datei mit Semikolon trennen',
    ]);
    expect(daten?.projekte.find((p) => p.id === 'P-003')?.projektvolumen).toBe(30_000);
  });
});
