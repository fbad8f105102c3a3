import { describe, expect, it } from 'vitest';
import { vergleichAlsJson } from '../../src/vergleich/vergleich-als-json.js';
import { vergleicheBerichte } from '../../src/vergleich/vergleiche-berichte.js';
import { FIXTURES, fixture } from './hilfe.js';

/** The one schema registered today (EWM). */
const SCHEMATA = ['ewm-report/kennzahlen@1'];

describe('vergleichAlsJson', () => {
  it('writes two files’ comparison with a fixed key order', async () => {
    const text = vergleichAlsJson(await vergleicheBerichte(fixture('bericht-2018.json'), fixture('bericht-2019.json'), SCHEMATA));
    const alt = { datei: fixture('bericht-2018.json'), berichtsjahr: 2018, cluster: 'industrielle-produktion' };
    const neu = { datei: fixture('bericht-2019.json'), berichtsjahr: 2019, cluster: 'industrielle-produktion' };
    const erwartet = {
      schema: 'ewm-report/vergleich@1',
      modus: 'datei',
      alt: alt.datei,
      neu: neu.datei,
      unterschiede: true,
      berichte: [
        {
          pfad: null,
          art: 'verglichen',
          unterschiede: true,
          alt,
          neu,
          anzahl: { geaendert: 2, rueckwirkend: 2, hinzugekommen: 4, entfallen: 3, gleich: 4 },
          geaendert: [
            { schluessel: 'projekte.neu.2018', alt: 5, neu: 6, differenz: 1, prozent: 20, rueckwirkend: true },
            { schluessel: 'projekte.neu.2018.projektvolumen', alt: 3000000.1, neu: 3000000.3, differenz: 0.2, prozent: 0, rueckwirkend: true },
          ],
          hinzugekommen: [
            { schluessel: 'akteure.2019', wert: 71 },
            { schluessel: 'projekte.neu.2019', wert: 15 },
            { schluessel: 'projekte.neu.2019.crosscluster', wert: 0 },
            { schluessel: 'projekte.neu.2019.projektvolumen', wert: 69215000 },
          ],
          entfallen: [
            { schluessel: 'akteure.2017', wert: 30 },
            { schluessel: 'projekte.neu.2016', wert: 3 },
            { schluessel: 'projekte.neu.2016.projektvolumen', wert: 1200000.5 },
          ],
        },
      ],
    };
    // byte-exact: same order and indentation as the expected object
    expect(text).toBe(JSON.stringify(erwartet, null, 2));
    expect(text).toContain('"differenz": 0.2,');
  });

  it('writes reports found on one side only of two output folders', async () => {
    const json = JSON.parse(vergleichAlsJson(await vergleicheBerichte(fixture('ausgabe-alt'), fixture('ausgabe-neu'), SCHEMATA)));
    expect(json.modus).toBe('ordner');
    expect(json.berichte[0]).toEqual({
      pfad: '2018/industrielle-produktion/kennzahlen.json',
      art: 'entfallen',
      alt: { datei: `${FIXTURES}/ausgabe-alt/2018/industrielle-produktion/kennzahlen.json`, berichtsjahr: 2018, cluster: 'industrielle-produktion' },
    });
    expect(json.berichte[3]).toEqual({
      pfad: '2020/industrielle-produktion/kennzahlen.json',
      art: 'hinzugekommen',
      neu: { datei: `${FIXTURES}/ausgabe-neu/2020/industrielle-produktion/kennzahlen.json`, berichtsjahr: 2020, cluster: 'industrielle-produktion' },
    });
    expect(json.berichte.map((b: { art: string; unterschiede?: boolean }) => b.unterschiede)).toEqual([undefined, false, true, undefined]);
  });
});
