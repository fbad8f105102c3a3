import { describe, expect, it } from 'vitest';
import { berechneKennzahlen } from '../../../src/ewm/kennzahlen/berechne-kennzahlen.js';
import { handlungsfelderImJahr } from '../../../src/ewm/kennzahlen/handlungsfelder-im-jahr.js';
import { kennzahlKategorien } from '../../../src/ewm/kennzahlen/kennzahl-kategorien.js';
import { kennzahlSchluessel } from '../../../src/ewm/kennzahlen/kennzahl-schluessel.js';
import { serialisiereKennzahlen } from '../../../src/ewm/kennzahlen/serialisiere-kennzahlen.js';
import { vergleichsjahre } from '../../../src/ewm/kennzahlen/vergleichsjahre.js';
import { bestand, registry } from './bauer.js';

const X = 'industrielle-produktion';

describe('keys and categories', () => {
  it('writes every key of the key list with 0 for an empty Datenbestand, and nothing else', () => {
    const k = berechneKennzahlen(bestand(), X, 2019);
    const schluessel = kennzahlSchluessel(kennzahlKategorien(registry(), X, 2019));
    expect(Object.keys(k).sort()).toEqual([...schluessel].sort());
    expect(new Set(schluessel).size).toBe(schluessel.length);
    expect(Object.values(k).every((v) => v === 0)).toBe(true);
    // 1 + 3 × 35 + 8 (Y only) + 2 × 17 + 2 × 2 × 16
    expect(schluessel.length).toBe(212);
  });

  it('has the same keys for two Berichtsjahre up to the year numbers, except for fields that start', () => {
    const norm = (y: number): string[] =>
      Object.keys(berechneKennzahlen(bestand(), X, y)).map((s) => s.replace(String(y), 'Y').replace(String(y - 1), 'Y-1').replace(String(y - 2), 'Y-2')).sort();
    expect(norm(2018)).toEqual(norm(2019));
    const k21 = berechneKennzahlen(bestand(), X, 2021);
    expect(k21['projekte.neu.2019.handlungsfeld.leichtbau']).toBeUndefined();
    expect(k21['projekte.neu.2020.handlungsfeld.leichtbau']).toBe(0);
  });

  it('lists keys in table order, beginning with begleitet and the status breakdown of Y only', () => {
    const s = kennzahlSchluessel(kennzahlKategorien(registry(), X, 2019));
    expect(s.slice(0, 2)).toEqual(['projekte.begleitet.2019', 'projekte.neu.2017']);
    expect(s).not.toContain('projekte.neu.2018.status.abgesagt');
    expect(s).toContain('projekte.neu.2019.status.abgesagt');
    expect(s).not.toContain('projekte.neu.2018.projektvolumen_realisiert');
    expect(s).toContain('projekte.neu.2017.crosscluster.beteiligungen.smart-cities');
    expect(s).not.toContain('aktivitaeten.neu.2017');
    expect(s.at(-1)).toBe('akteure.2019.projekte.unternehmen.groessenklasse.250+');
  });

  it('gives the other managements in registry order and the Vergleichsjahre', () => {
    const kat = kennzahlKategorien(registry(), X, 2019);
    expect(kat.andereCluster.map((c) => c.slug)).toEqual(['energietechnik', 'optik-photonik', 'smart-cities']);
    expect(vergleichsjahre(2019)).toEqual({ projekte: [2017, 2018, 2019], aktivitaeten: [2018, 2019], akteure: [2018, 2019] });
  });

  it('lists the Handlungsfelder valid in a year, uebergreifend last, honouring ab and bis', () => {
    const c = { ...registry()[0]!, handlungsfelder: [...registry()[0]!.handlungsfelder, { slug: 'alt', name: 'Alt', bis: 2019 }] };
    expect(handlungsfelderImJahr(c, 2019).map((h) => h.slug)).toEqual(['industrie-4-0', 'additive-fertigung', 'alt', 'uebergreifend']);
    expect(handlungsfelderImJahr(c, 2020).map((h) => h.slug)).toEqual(['industrie-4-0', 'additive-fertigung', 'leichtbau', 'uebergreifend']);
    expect(handlungsfelderImJahr(undefined, 2020).map((h) => h.name)).toEqual(['gesamtclusterbezogen/handlungsfeldübergreifend']);
  });
});

describe('serialisiereKennzahlen', () => {
  it('sorts keys, indents by two spaces and ends with a newline', () => {
    const text = serialisiereKennzahlen({
      schema: 'ewm-report/kennzahlen@1', berichtsjahr: 2019, cluster: X,
      kennzahlen: { 'projekte.neu.2019.projektvolumen': 69215000.5, 'akteure.2019': 110, 'projekte.neu.2019': 15 },
    });
    expect(text).toBe(
      '{\n  "berichtsjahr": 2019,\n  "cluster": "industrielle-produktion",\n  "kennzahlen": {\n' +
        '    "akteure.2019": 110,\n    "projekte.neu.2019": 15,\n    "projekte.neu.2019.projektvolumen": 69215000.5\n  },\n' +
        '  "schema": "ewm-report/kennzahlen@1"\n}\n',
    );
  });

  it('is independent of the insertion order of the keys', () => {
    const k = berechneKennzahlen(bestand(), X, 2019);
    const umgedreht = Object.fromEntries(Object.entries(k).reverse());
    const a = serialisiereKennzahlen({ schema: 'ewm-report/kennzahlen@1', berichtsjahr: 2019, cluster: X, kennzahlen: k });
    const b = serialisiereKennzahlen({ schema: 'ewm-report/kennzahlen@1', berichtsjahr: 2019, cluster: X, kennzahlen: umgedreht });
    expect(a).toBe(b);
  });
});
