import { describe, expect, it } from 'vitest';
import { CliFehler } from '../../src/fehler.js';
import { sammleBerichte } from '../../src/vergleich/sammle-berichte.js';
import { vergleicheBerichte } from '../../src/vergleich/vergleiche-berichte.js';
import { FIXTURES, fixture } from './hilfe.js';

/** The one schema registered today (EWM). */
const SCHEMATA = ['ewm-report/kennzahlen@1'];

describe('sammleBerichte', () => {
  it('takes a file as it is and a report folder as its kennzahlen.json', async () => {
    expect(await sammleBerichte(fixture('bericht-2019.json'))).toEqual({ art: 'datei', pfad: fixture('bericht-2019.json') });
    expect(await sammleBerichte(fixture('ausgabe-alt/2019/energietechnik'))).toEqual({
      art: 'datei',
      pfad: fixture('ausgabe-alt/2019/energietechnik/kennzahlen.json'),
    });
  });

  it('finds every report of an output folder, sorted, skipping hidden folders', async () => {
    expect(await sammleBerichte(fixture('ausgabe-neu'))).toEqual({
      art: 'ordner',
      wurzel: fixture('ausgabe-neu'),
      berichte: [
        '2019/energietechnik/kennzahlen.json',
        '2019/industrielle-produktion/kennzahlen.json',
        '2020/industrielle-produktion/kennzahlen.json',
      ],
    });
  });

  it('refuses a missing path and a folder without reports', async () => {
    await expect(sammleBerichte(fixture('fehlt'))).rejects.toThrow(new CliFehler(`${fixture('fehlt')}: Datei oder Ordner nicht gefunden.`));
    await expect(sammleBerichte(fixture('ohne-bericht'))).rejects.toThrow(
      `${fixture('ohne-bericht')}: Der Ordner enthält keine kennzahlen.json (auch nicht in Unterordnern).`,
    );
  });
});

describe('vergleicheBerichte', () => {
  it('compares two files', async () => {
    const ergebnis = await vergleicheBerichte(fixture('bericht-2018.json'), fixture('bericht-2019.json'), SCHEMATA);
    expect(ergebnis.modus).toBe('datei');
    expect(ergebnis.unterschiede).toBe(true);
    const [bericht] = ergebnis.berichte;
    expect(bericht?.art === 'verglichen' && bericht.vergleich.geaendert.map((k) => [k.schluessel, k.rueckwirkend])).toEqual([
      ['projekte.neu.2018', true],
      ['projekte.neu.2018.projektvolumen', true],
    ]);
  });

  it('finds no differences between files with equal figures in another order and notation', async () => {
    const ergebnis = await vergleicheBerichte(fixture('bericht-2019.json'), fixture('bericht-2019-kopie.json'), SCHEMATA);
    expect(ergebnis.unterschiede).toBe(false);
  });

  it('reads a report folder as its kennzahlen.json', async () => {
    const ergebnis = await vergleicheBerichte(fixture('energietechnik-2019.json'), fixture('ausgabe-alt/2019/energietechnik'), SCHEMATA);
    expect(ergebnis.unterschiede).toBe(false);
  });

  it('counts a different cluster as a difference even without changed figures', async () => {
    const ergebnis = await vergleicheBerichte(fixture('energietechnik-2019.json'), fixture('energietechnik-2019-anderer-cluster.json'), SCHEMATA);
    expect(ergebnis.unterschiede).toBe(true);
    const [bericht] = ergebnis.berichte;
    expect(bericht?.art === 'verglichen' && bericht.vergleich).toEqual({ geaendert: [], hinzugekommen: [], entfallen: [], gleich: 2 });
  });

  it('matches the reports of two output folders by path', async () => {
    const ergebnis = await vergleicheBerichte(fixture('ausgabe-alt'), fixture('ausgabe-neu'), SCHEMATA);
    expect(ergebnis.modus).toBe('ordner');
    expect(ergebnis.unterschiede).toBe(true);
    expect(ergebnis.berichte.map((b) => [b.pfad, b.art, b.art === 'verglichen' ? b.unterschiede : null])).toEqual([
      ['2018/industrielle-produktion/kennzahlen.json', 'entfallen', null],
      ['2019/energietechnik/kennzahlen.json', 'verglichen', false],
      ['2019/industrielle-produktion/kennzahlen.json', 'verglichen', true],
      ['2020/industrielle-produktion/kennzahlen.json', 'hinzugekommen', null],
    ]);
    const ip = ergebnis.berichte[2];
    expect(ip?.art === 'verglichen' && ip.alt.datei).toBe(`${FIXTURES}/ausgabe-alt/2019/industrielle-produktion/kennzahlen.json`);
  });

  it('reports the same output folder as equal', async () => {
    const ergebnis = await vergleicheBerichte(fixture('ausgabe-alt'), fixture('ausgabe-alt'), SCHEMATA);
    expect(ergebnis.unterschiede).toBe(false);
    expect(ergebnis.berichte).toHaveLength(3);
  });

  it('refuses to compare a single report with an output folder', async () => {
    await expect(vergleicheBerichte(fixture('bericht-2019.json'), fixture('ausgabe-neu'), SCHEMATA)).rejects.toThrow(
      `${fixture('bericht-2019.json')} ist ein einzelner Bericht, ${fixture('ausgabe-neu')} ein Ausgabeordner mit mehreren Berichten. ` +
        'Verglichen werden zwei kennzahlen.json (oder Berichtsordner) oder zwei Ausgabeordner.',
    );
  });
});

describe('vergleicheBerichte across years', () => {
  it('pairs the reports of one management when each output folder holds one Berichtsjahr (out-2018 against out)', async () => {
    const e = await vergleicheBerichte(fixture('ausgabe-2018'), fixture('ausgabe-2019'), SCHEMATA);
    expect(e.berichte.map((b) => [b.pfad, b.art])).toEqual([
      ['2018/industrielle-produktion/kennzahlen.json → 2019/industrielle-produktion/kennzahlen.json', 'verglichen'],
    ]);
  });
});
