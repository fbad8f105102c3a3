import { describe, expect, it } from 'vitest';
import { formatiereVergleich } from '../../src/vergleich/formatiere-vergleich.js';
import type { Berichtskopf, KennzahlenVergleich, Vergleichsergebnis } from '../../src/vergleich/typen.js';

const kopf = (datei: string, berichtsjahr: number, cluster = 'industrielle-produktion'): Berichtskopf => ({ datei, berichtsjahr, cluster });
const leer: KennzahlenVergleich = { geaendert: [], hinzugekommen: [], entfallen: [], gleich: 0 };

function zweiDateien(alt: Berichtskopf, neu: Berichtskopf, vergleich: KennzahlenVergleich, unterschiede: boolean): Vergleichsergebnis {
  return {
    modus: 'datei',
    alt: alt.datei,
    neu: neu.datei,
    berichte: [{ art: 'verglichen', pfad: null, alt, neu, vergleich, unterschiede }],
    unterschiede,
  };
}

describe('formatiereVergleich', () => {
  it('says so when nothing differs', () => {
    expect(formatiereVergleich(zweiDateien(kopf('a.json', 2019), kopf('b.json', 2019), { ...leer, gleich: 512 }, false))).toBe(
      [
        'Vergleich der Kennzahlen',
        '  alt: a.json (Berichtsjahr 2019, Cluster industrielle-produktion)',
        '  neu: b.json (Berichtsjahr 2019, Cluster industrielle-produktion)',
        '',
        'Keine Unterschiede (512 Kennzahlen gleich).',
      ].join('\n'),
    );
  });

  it('prints changed, added and removed Kennzahlen as an aligned German table with a summary', () => {
    const vergleich: KennzahlenVergleich = {
      geaendert: [
        { schluessel: 'projekte.neu.2018', alt: 5, neu: 6, differenz: 1, prozent: 20, rueckwirkend: true },
        { schluessel: 'projekte.neu.2018.projektvolumen', alt: 1234.5, neu: 1000, differenz: -234.5, prozent: -19, rueckwirkend: true },
        { schluessel: 'projekte.neu.2018.crosscluster', alt: 0, neu: 1, differenz: 1, prozent: null, rueckwirkend: false },
        { schluessel: 'akteure.2018', alt: 3000000, neu: 3000001, differenz: 1, prozent: 0, rueckwirkend: true },
      ],
      hinzugekommen: [{ schluessel: 'projekte.neu.2019.projektvolumen', wert: 69215000 }],
      entfallen: [{ schluessel: 'projekte.neu.2016', wert: 1234 }],
      gleich: 512,
    };
    expect(formatiereVergleich(zweiDateien(kopf('alt/kennzahlen.json', 2018), kopf('neu/kennzahlen.json', 2019), vergleich, true))).toBe(
      [
        'Vergleich der Kennzahlen',
        '  alt: alt/kennzahlen.json (Berichtsjahr 2018, Cluster industrielle-produktion)',
        '  neu: neu/kennzahlen.json (Berichtsjahr 2019, Cluster industrielle-produktion)',
        '',
        'Kennzahl                                alt            neu           Änderung  Hinweis',
        '────────────────────────────────  ─────────  ─────────────  ─────────────────  ────────────────────',
        'projekte.neu.2018                         5              6       +1 (+20,0 %)  rückwirkend geändert',
        'projekte.neu.2018.projektvolumen   1.234,50       1.000,00  -234,50 (-19,0 %)  rückwirkend geändert',
        'projekte.neu.2018.crosscluster            0              1                 +1',
        'akteure.2018                      3.000.000      3.000.001        +1 (+0,0 %)  rückwirkend geändert',
        'projekte.neu.2019.projektvolumen          –  69.215.000,00                     hinzugekommen',
        'projekte.neu.2016                     1.234              –                     entfallen',
        '',
        '4 Kennzahlen geändert (davon 3 rückwirkend), 1 hinzugekommen, 1 entfallen, 512 gleich.',
      ].join('\n'),
    );
  });

  it('uses the singular, omits "davon" without retroactive changes, and warns about different clusters', () => {
    const vergleich: KennzahlenVergleich = {
      ...leer,
      geaendert: [{ schluessel: 'projekte.neu.2019', alt: 15, neu: 16, differenz: 1, prozent: 6.7, rueckwirkend: false }],
      gleich: 1,
    };
    expect(formatiereVergleich(zweiDateien(kopf('a.json', 2019), kopf('b.json', 2019, 'energietechnik'), vergleich, true))).toBe(
      [
        'Vergleich der Kennzahlen',
        '  alt: a.json (Berichtsjahr 2019, Cluster industrielle-produktion)',
        '  neu: b.json (Berichtsjahr 2019, Cluster energietechnik)',
        '  Hinweis: verschiedene Cluster, rückwirkende Änderungen werden nur innerhalb eines Clusters markiert.',
        '',
        'Kennzahl           alt  neu     Änderung  Hinweis',
        '─────────────────  ───  ───  ───────────  ───────',
        'projekte.neu.2019   15   16  +1 (+6,7 %)',
        '',
        '1 Kennzahl geändert, 0 hinzugekommen, 0 entfallen, 1 gleich.',
      ].join('\n'),
    );
  });

  it('prints one section per report of two output folders', () => {
    const ergebnis: Vergleichsergebnis = {
      modus: 'ordner',
      alt: 'out-alt',
      neu: 'out',
      unterschiede: true,
      berichte: [
        { art: 'entfallen', pfad: '2018/ip/kennzahlen.json', alt: kopf('out-alt/2018/ip/kennzahlen.json', 2018, 'ip') },
        {
          art: 'verglichen',
          pfad: '2019/et/kennzahlen.json',
          alt: kopf('out-alt/2019/et/kennzahlen.json', 2019, 'et'),
          neu: kopf('out/2019/et/kennzahlen.json', 2019, 'et'),
          vergleich: { ...leer, gleich: 1 },
          unterschiede: false,
        },
        {
          art: 'verglichen',
          pfad: '2019/ip/kennzahlen.json',
          alt: kopf('out-alt/2019/ip/kennzahlen.json', 2019, 'ip'),
          neu: kopf('out/2019/ip/kennzahlen.json', 2019, 'ip'),
          vergleich: { ...leer, entfallen: [{ schluessel: 'akteure.2019', wert: 71 }], gleich: 9 },
          unterschiede: true,
        },
        { art: 'hinzugekommen', pfad: '2020/ip/kennzahlen.json', neu: kopf('out/2020/ip/kennzahlen.json', 2020, 'ip') },
      ],
    };
    expect(formatiereVergleich(ergebnis)).toBe(
      [
        'Vergleich der Ausgabeordner',
        '  alt: out-alt',
        '  neu: out',
        '',
        '2018/ip/kennzahlen.json: Bericht entfallen (nur in alt; Berichtsjahr 2018, Cluster ip).',
        '',
        '2019/et/kennzahlen.json: Keine Unterschiede (1 Kennzahl gleich).',
        '',
        '2019/ip/kennzahlen.json',
        'Kennzahl      alt  neu  Änderung  Hinweis',
        '────────────  ───  ───  ────────  ─────────',
        'akteure.2019   71    –            entfallen',
        '',
        '0 Kennzahlen geändert, 0 hinzugekommen, 1 entfallen, 9 gleich.',
        '',
        '2020/ip/kennzahlen.json: Bericht hinzugekommen (nur in neu; Berichtsjahr 2020, Cluster ip).',
        '',
        '4 Berichte: 1 mit Unterschieden, 1 gleich, 1 hinzugekommen, 1 entfallen.',
      ].join('\n'),
    );
  });

  it('sums up equal output folders in one line', () => {
    const bericht = {
      art: 'verglichen' as const,
      pfad: '2019/ip/kennzahlen.json',
      alt: kopf('a/2019/ip/kennzahlen.json', 2019, 'ip'),
      neu: kopf('b/2019/ip/kennzahlen.json', 2019, 'ip'),
      vergleich: { ...leer, gleich: 3 },
      unterschiede: false,
    };
    const text = formatiereVergleich({ modus: 'ordner', alt: 'a', neu: 'b', unterschiede: false, berichte: [bericht] });
    expect(text.split('\n').slice(-3)).toEqual(['2019/ip/kennzahlen.json: Keine Unterschiede (3 Kennzahlen gleich).', '', 'Keine Unterschiede (1 Bericht gleich).']);
  });
});
