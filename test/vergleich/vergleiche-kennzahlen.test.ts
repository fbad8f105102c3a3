import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inCent } from '../../src/vergleich/in-cent.js';
import { jahrDesSchluessels, vergleicheKennzahlen } from '../../src/vergleich/vergleiche-kennzahlen.js';

const bericht = (berichtsjahr: number, kennzahlen: Record<string, number>, cluster = 'industrielle-produktion') => ({
  berichtsjahr,
  cluster,
  kennzahlen: new Map(Object.entries(kennzahlen)),
});

describe('vergleicheKennzahlen', () => {
  it('finds no differences between equal files', () => {
    const k = { 'projekte.neu.2019': 15, 'projekte.neu.2019.projektvolumen': 69215000, 'akteure.2019': 71 };
    expect(vergleicheKennzahlen(bericht(2019, k), bericht(2019, { ...k }))).toEqual({
      geaendert: [],
      hinzugekommen: [],
      entfallen: [],
      gleich: 3,
    });
  });

  it('lists changed values with old, new, difference and percent, sorted by key', () => {
    const alt = bericht(2019, { 'projekte.neu.2019': 15, 'akteure.2019': 80, 'projekte.neu.2019.crosscluster': 0 });
    const neu = bericht(2019, { 'projekte.neu.2019': 18, 'akteure.2019': 71, 'projekte.neu.2019.crosscluster': 9 });
    expect(vergleicheKennzahlen(alt, neu).geaendert).toEqual([
      { schluessel: 'akteure.2019', alt: 80, neu: 71, differenz: -9, prozent: -11.3, rueckwirkend: false },
      { schluessel: 'projekte.neu.2019', alt: 15, neu: 18, differenz: 3, prozent: 20, rueckwirkend: false },
      { schluessel: 'projekte.neu.2019.crosscluster', alt: 0, neu: 9, differenz: 9, prozent: null, rueckwirkend: false },
    ]);
  });

  it('lists keys only in the newer file as hinzugekommen and only in the older as entfallen', () => {
    const alt = bericht(2018, { 'projekte.neu.2016': 3, 'projekte.neu.2017': 4, 'akteure.2017': 30 });
    const neu = bericht(2019, { 'projekte.neu.2017': 4, 'projekte.neu.2019': 15, 'akteure.2019': 71 });
    expect(vergleicheKennzahlen(alt, neu)).toEqual({
      geaendert: [],
      hinzugekommen: [
        { schluessel: 'akteure.2019', wert: 71 },
        { schluessel: 'projekte.neu.2019', wert: 15 },
      ],
      entfallen: [
        { schluessel: 'akteure.2017', wert: 30 },
        { schluessel: 'projekte.neu.2016', wert: 3 },
      ],
      gleich: 1,
    });
  });

  it('flags a figure of an earlier year that the next report states differently as rückwirkend', () => {
    const alt = bericht(2018, { 'projekte.neu.2018': 5, 'projekte.neu.2018.fueui': 5 });
    const neu = bericht(2019, { 'projekte.neu.2018': 6, 'projekte.neu.2018.fueui': 5 });
    expect(vergleicheKennzahlen(alt, neu).geaendert).toEqual([
      { schluessel: 'projekte.neu.2018', alt: 5, neu: 6, differenz: 1, prozent: 20, rueckwirkend: true },
    ]);
    // arguments swapped: still two reports restating the same year's figure
    expect(vergleicheKennzahlen(neu, alt).geaendert[0]?.rueckwirkend).toBe(true);
  });

  it('treats changes between two versions of the same report year as ordinary changes', () => {
    const alt = bericht(2019, { 'projekte.neu.2018': 6 });
    const neu = bericht(2019, { 'projekte.neu.2018': 7 });
    expect(vergleicheKennzahlen(alt, neu).geaendert[0]?.rueckwirkend).toBe(false);
  });

  it('never flags rückwirkend across different clusters or for keys without a year', () => {
    const alt = bericht(2018, { 'projekte.neu.2018': 5, 'sonstiges': 1 }, 'energietechnik');
    const neu = bericht(2019, { 'projekte.neu.2018': 6, 'sonstiges': 2 });
    expect(vergleicheKennzahlen(alt, neu).geaendert.map((k) => k.rueckwirkend)).toEqual([false, false]);
    const gleicherCluster = vergleicheKennzahlen(bericht(2018, { sonstiges: 1 }), bericht(2019, { sonstiges: 2 }));
    expect(gleicherCluster.geaendert[0]?.rueckwirkend).toBe(false);
  });

  it('computes differences in cents, free of floating-point noise', () => {
    const alt = bericht(2019, { 'a.2019.projektvolumen': 0.1, 'b.2019.projektvolumen': 3000000.1, 'c.2019.projektvolumen': 0.3 });
    const neu = bericht(2019, { 'a.2019.projektvolumen': 0.3, 'b.2019.projektvolumen': 3000000.3, 'c.2019.projektvolumen': 0.1 + 0.2 === 0.3 ? 0 : 0.3 });
    const { geaendert, gleich } = vergleicheKennzahlen(alt, neu);
    expect(geaendert.map((k) => k.differenz)).toEqual([0.2, 0.2]);
    expect(geaendert.map((k) => k.prozent)).toEqual([200, 0]);
    expect(gleich).toBe(1);
  });

  it('compares keys exactly (no case folding, no trimming)', () => {
    const { hinzugekommen, entfallen } = vergleicheKennzahlen(bericht(2019, { 'Projekte.neu.2019': 1 }), bericht(2019, { 'projekte.neu.2019': 1 }));
    expect(hinzugekommen.map((k) => k.schluessel)).toEqual(['projekte.neu.2019']);
    expect(entfallen.map((k) => k.schluessel)).toEqual(['Projekte.neu.2019']);
  });

  it('accounts for every key, and each difference is exact in cents (property)', () => {
    const cent = fc.integer({ min: -1e11, max: 1e11 });
    const kennzahlen = fc.dictionary(fc.constantFrom('a.2018', 'b.2019', 'c.2019.projektvolumen', 'd', 'e.2017'), cent);
    fc.assert(
      fc.property(kennzahlen, kennzahlen, fc.integer({ min: 2017, max: 2020 }), fc.integer({ min: 2017, max: 2020 }), (a, b, ja, jb) => {
        const euro = (k: Record<string, number>) => Object.fromEntries(Object.entries(k).map(([s, c]) => [s, c / 100]));
        const v = vergleicheKennzahlen(bericht(ja, euro(a)), bericht(jb, euro(b)));
        expect(v.geaendert.length + v.entfallen.length + v.gleich).toBe(Object.keys(a).length);
        expect(v.geaendert.length + v.hinzugekommen.length + v.gleich).toBe(Object.keys(b).length);
        for (const k of v.geaendert) {
          expect(inCent(k.differenz)).toBe((b[k.schluessel] as number) - (a[k.schluessel] as number));
          const jahr = jahrDesSchluessels(k.schluessel);
          expect(k.rueckwirkend).toBe(ja !== jb && jahr !== undefined && jahr < Math.max(ja, jb));
        }
      }),
    );
  });
});

describe('jahrDesSchluessels', () => {
  it('takes the first four-digit segment', () => {
    expect(jahrDesSchluessels('projekte.neu.2018.fueui')).toBe(2018);
    expect(jahrDesSchluessels('akteure.2019.unternehmen.groessenklasse.250+')).toBe(2019);
    expect(jahrDesSchluessels('akteure.x.groessenklasse.1-9')).toBeUndefined();
    expect(jahrDesSchluessels('projekte.neu.20189')).toBeUndefined();
  });
});
