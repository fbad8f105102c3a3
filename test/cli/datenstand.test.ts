// `--alle` and a single report take the data check of the last run when nothing changed: the same lines
// (warnings, skipped managements, one "aktuell" per report), nothing written, and the record untouched.
import { existsSync } from 'node:fs';
import { readFile, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kopiereBeispieldaten } from '../hilfen/datenkopie.js';
import { zeitstempel } from '../hilfen/zeitstempel.js';
import { starteCli, type Lauf } from '../hilfen/werkzeuge.js';

let basis: string;
let daten: string;
let ausgabe: string;
let erster: Lauf;
const stand = (): string => path.join(ausgabe, '2019', '.datenstand.json');
const alle = (...extra: string[]): Promise<Lauf> => starteCli(['2019', '--alle', '--format', 'json', '--daten', daten, '--ausgabe', ausgabe, ...extra]);
/** The lines a reader compares between two runs: data warnings and hints, skipped managements. */
const meldungen = (l: Lauf): string[] => l.stderr.split('\n').filter((z) => /^(Warnung|Hinweis|Übersprungen)/.test(z));

beforeAll(async () => {
  ({ basis, daten } = await kopiereBeispieldaten());
  ausgabe = path.join(basis, 'out');
  erster = await alle();
}, 120_000);
afterAll(() => rm(basis, { recursive: true, force: true }));

describe('the record of the data check on the command line', () => {
  it('the first --alle writes it beside the report folders', () => {
    expect(erster.code).toBe(0);
    expect(existsSync(stand())).toBe(true);
    expect(meldungen(erster).filter((z) => z.startsWith('Warnung: beteiligungen.csv:3:'))).toHaveLength(1);
  });

  it('an unchanged --alle repeats every warning and the skipped managements, reports each as current and writes nothing', async () => {
    const vorher = await zeitstempel(stand());
    const zweiter = await alle();
    expect(zweiter.code).toBe(0);
    expect(meldungen(zweiter)).toEqual(meldungen(erster));
    expect(zweiter.stderr.split('\n').filter((z) => /^= \S+: aktuell/.test(z))).toHaveLength(5);
    expect(await zeitstempel(stand())).toBe(vorher);
  }, 60_000);

  it('the warnings come from the record when it holds (a warning only the record has is printed)', async () => {
    const text = await readFile(stand(), 'utf8');
    const satz = JSON.parse(text) as { probleme: { schwere: string; datei: string; meldung: string }[] };
    satz.probleme.push({ schwere: 'warnung', datei: 'projekte.csv', meldung: 'Nur im Datenstand' });
    await writeFile(stand(), JSON.stringify(satz));
    try {
      const lauf = await alle();
      expect(lauf.code).toBe(0);
      expect(lauf.stderr).toMatch(/^Warnung: projekte\.csv: Nur im Datenstand$/m);
    } finally {
      await writeFile(stand(), text);
    }
  }, 60_000);

  it('invalid data stops the run with exit code 2 and leaves the record untouched', async () => {
    const projekte = path.join(daten, 'projekte.csv');
    const alt = await readFile(projekte, 'utf8');
    const vorher = await zeitstempel(stand());
    await writeFile(projekte, alt.replace(/\n[^\n]*\n?$/, '\nPR-KAPUTT;;;\n'));
    try {
      const lauf = await alle();
      expect(lauf.code).toBe(2);
      expect(lauf.stderr).toMatch(/projekte\.csv:\d+/);
      expect(await zeitstempel(stand())).toBe(vorher);
    } finally {
      await writeFile(projekte, alt);
    }
  }, 60_000);

  it('--streng counts the recorded warnings: exit code 2 and nothing written', async () => {
    const vorher = await zeitstempel(stand());
    const kennzahlen = path.join(ausgabe, '2019', 'smart-cities', 'kennzahlen.json');
    const kennzahlenVorher = await zeitstempel(kennzahlen);
    const streng = await alle('--streng');
    expect(streng.code).toBe(2);
    expect(streng.stderr).toMatch(/beteiligungen\.csv:3:/);
    expect(streng.stderr).toMatch(/es wurde nichts geschrieben/);
    expect(await zeitstempel(stand())).toBe(vorher);
    expect(await zeitstempel(kennzahlen)).toBe(kennzahlenVorher);
  }, 60_000);

  it('a report whose files were deleted is rendered again from the data, the others stay current', async () => {
    const datei = path.join(ausgabe, '2019', 'smart-cities', 'kennzahlen.json');
    const inhalt = await readFile(datei, 'utf8');
    await unlink(datei);
    const lauf = await alle();
    expect(lauf.code).toBe(0);
    expect(lauf.stderr.split('\n').filter((z) => /^= \S+: aktuell/.test(z))).toHaveLength(4);
    expect(lauf.stderr).toMatch(/4 aktuell \(nichts geschrieben\)/);
    expect(await readFile(datei, 'utf8')).toBe(inhalt);
  }, 60_000);

  it('a single report on the record: its warnings, "aktuell", and an unknown slug is still an error', async () => {
    const einzeln = await starteCli(['2019', '--cluster', 'smart-cities', '--format', 'json', '--daten', daten, '--ausgabe', ausgabe]);
    expect(einzeln.code).toBe(0);
    expect(einzeln.stderr).toMatch(/^Warnung: beteiligungen\.csv:3:/m);
    expect(einzeln.stderr).toMatch(/^Bericht aktuell: .*smart-cities/m);
    const falsch = await starteCli(['2019', '--cluster', 'smart-citys', '--format', 'json', '--daten', daten, '--ausgabe', ausgabe]);
    expect(falsch.code).toBe(2);
    expect(falsch.stderr).toMatch(/smart-cities/);
  }, 60_000);

  it('a management without projects in the year is still refused on the record', async () => {
    const leer = await starteCli(['2019', '--cluster', 'metall', '--format', 'json', '--daten', daten, '--ausgabe', ausgabe]);
    expect(leer.code).not.toBe(0);
    expect(leer.stderr).toMatch(/kein Bericht erstellt/);
    expect(existsSync(path.join(ausgabe, '2019', 'metall'))).toBe(false);
  }, 60_000);

  it('a single report does not read the tables of the other format: an error there stops --alle, not an EWM report', async () => {
    const eckdaten = path.join(daten, 'clusterbericht', 'eckdaten.csv');
    const alt = await readFile(eckdaten, 'utf8');
    await writeFile(eckdaten, `${alt.trimEnd()}\nSondermaschinen- und Anlagenbau;zwanzig;1;1;1,00;x\n`);
    try {
      const stapel = await alle();
      expect(stapel.code).toBe(2);
      expect(stapel.stderr).toMatch(/clusterbericht\/eckdaten\.csv:\d+/);
      const einzeln = await starteCli(['2019', '--cluster', 'smart-cities', '--format', 'json', '--daten', daten, '--ausgabe', ausgabe]);
      expect(einzeln.code).toBe(0);
      expect(einzeln.stderr).not.toMatch(/eckdaten/);
      const bericht = await starteCli(['2015', '--cluster', 'sondermaschinen-anlagenbau', '--format', 'json', '--daten', daten, '--ausgabe', ausgabe]);
      expect(bericht.code).toBe(2);
      expect(bericht.stderr).toMatch(/clusterbericht\/eckdaten\.csv:\d+/);
    } finally {
      await writeFile(eckdaten, alt);
    }
  }, 60_000);
});
