// `ewm-report erklaere` as a process on the sample data.
import { describe, expect, it } from 'vitest';
import { starteCli } from '../hilfen/werkzeuge.js';

const IP = ['--cluster', 'industrielle-produktion'];

describe('ewm-report erklaere', () => {
  it('lists the 15 new projects of 2019 as datei:zeile  id  titel, with the definition and the cancelled one excluded', async () => {
    const lauf = await starteCli(['erklaere', '2019', ...IP, 'projekte.neu.2019']);
    expect(lauf.code).toBe(0);
    const zeilen = lauf.stdout.split('\n');
    expect(zeilen[0]).toBe('projekte.neu.2019 = 15');
    expect(zeilen[1]).toContain('Laufzeitbeginn im Jahr 2019');
    expect(zeilen[1]).toContain('Stichtag 31.12.2019');
    expect(lauf.stdout).toContain('Datensätze (15):');
    expect(zeilen.filter((z) => /^ {2}projekte\.csv:\d+ {2}PR-19-\d\d {2}\S/.test(z))).toHaveLength(16);
    expect(lauf.stdout).toContain('  projekte.csv:13  PR-19-01  Werner-von-Siemens Centre for Industry and Science');
    expect(lauf.stdout).toMatch(/Nicht gezählt \(1\):\n {2}projekte\.csv:28 {2}PR-19-16 {2}.*– abgesagt seit 30\.09\.2019/);
  });

  it('shows each record\'s amount for a sum', async () => {
    const lauf = await starteCli(['erklaere', '2019', ...IP, 'projekte.neu.2019.projektvolumen']);
    expect(lauf.code).toBe(0);
    expect(lauf.stdout).toMatch(/^projekte\.neu\.2019\.projektvolumen = [\d.]+,\d\d €/);
    expect(lauf.stdout).toMatch(/projekte\.csv:13 {2}PR-19-01 {2}Werner-von-Siemens Centre for Industry and Science {2,}15\.000\.000,00 €/);
  });

  it('a prefix lists every key under it; --json carries the same', async () => {
    const text = await starteCli(['erklaere', '2019', ...IP, 'projekte.neu.2019.handlungsfeld']);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('projekte.neu.2019.handlungsfeld: 3 Kennzahlen (Bericht 2019, industrielle-produktion)');
    const json = await starteCli(['erklaere', '2019', ...IP, 'projekte.neu.2019.handlungsfeld', '--json']);
    const e = JSON.parse(json.stdout) as { kennzahlen: { schluessel: string; wert: number; datensaetze: unknown[] }[] };
    expect(e.kennzahlen.map((k) => k.schluessel)).toEqual([
      'projekte.neu.2019.handlungsfeld.additive-fertigung',
      'projekte.neu.2019.handlungsfeld.industrie-4-0',
      'projekte.neu.2019.handlungsfeld.uebergreifend',
    ].sort());
    expect(e.kennzahlen.reduce((s, k) => s + k.wert, 0)).toBe(15);
    for (const k of e.kennzahlen) expect(k.datensaetze).toHaveLength(k.wert);
  });

  it('an actor key lists the Zähleinheiten and the participations through which they count', async () => {
    const lauf = await starteCli(['erklaere', '2019', ...IP, 'akteure.2019.projekte.typ.hochschule']);
    expect(lauf.code).toBe(0);
    expect(lauf.stdout).toMatch(/akteure\.csv:3 +AK-0002 +Technische Universität Berlin +über AK-0003 → PR-19-01 \(beteiligungen\.csv:4\)/);
  });

  it('an unknown key: exit 2, German message with the nearest keys, nothing on stdout', async () => {
    const lauf = await starteCli(['erklaere', '2019', ...IP, 'projekte.neu.2019.projektvolumn']);
    expect(lauf.code).toBe(2);
    expect(lauf.stdout).toBe('');
    expect(lauf.stderr).toContain('Die Kennzahl "projekte.neu.2019.projektvolumn" gibt es im Bericht 2019 für industrielle-produktion nicht.');
    expect(lauf.stderr).toContain('projekte.neu.2019.projektvolumen');
    expect(lauf.stderr).not.toMatch(/^\s+at /m);
  });

  it('explains a clusterbericht key: German definition, the rows as datei:zeile (their id), the ones left out with the reason', async () => {
    const lauf = await starteCli(['erklaere', '2015', '--cluster', 'sondermaschinen-anlagenbau', 'veranstaltungen.durchgefuehrt']);
    expect(lauf.code).toBe(0);
    const zeilen = lauf.stdout.split('\n');
    expect(zeilen[0]).toBe('veranstaltungen.durchgefuehrt = 23');
    expect(zeilen[1]).toContain('Rolle Veranstalter oder Mitveranstalter');
    expect(lauf.stdout).toContain('Datensätze (23):');
    expect(zeilen.filter((z) => /^ {2}clusterbericht\/veranstaltungen\.csv:(\d+) {2}clusterbericht\/veranstaltungen\.csv:\1 {2}\S/.test(z))).toHaveLength(27);
    expect(lauf.stdout).toMatch(/Nicht gezählt \(4\):\n {2}clusterbericht\/veranstaltungen\.csv:22 .*Hannover Messe Industrie \(13\.04\.2015\).*– Rolle „aussteller“/);
    const summe = await starteCli(['erklaere', '2015', '--cluster', 'sondermaschinen-anlagenbau', 'investitionen.volumen', '--json']);
    const e = JSON.parse(summe.stdout) as { kennzahlen: { wert: number; datensaetze: { betrag: number }[] }[] };
    expect(e.kennzahlen[0]?.datensaetze.reduce((s, d) => s + d.betrag, 0)).toBe(e.kennzahlen[0]?.wert);
  });
});
