/** Property tests of the clusterbericht engine: breakdowns sum to their totals; row order changes nothing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { berechneClusterberichtKennzahlen } from '../../../src/clusterbericht/kennzahlen/berechne-clusterbericht-kennzahlen.js';
import { berechneClusterberichtBelege } from '../../../src/clusterbericht/kennzahlen/berechne-clusterbericht-belege.js';
import { clusterberichtNachweis } from '../../../src/clusterbericht/kennzahlen/clusterbericht-nachweis.js';
import { serialisiereClusterberichtKennzahlen } from '../../../src/clusterbericht/kennzahlen/serialisiere-clusterbericht-kennzahlen.js';
import {
  FINANZIERUNGEN, LEISTUNG_ARTEN, NETZWERK_ARTEN, RECHTSFORMEN, VERANSTALTUNG_ARTEN, VERANSTALTUNG_ROLLEN, type ClusterberichtTabellen,
} from '../../../src/clusterbericht/typen.js';
import { C, gruendung, investition, leer, leistung, netzwerk, schutzrecht, segment, veranstaltung } from './bauer.js';

const jahr = fc.constantFrom(2014, 2015);
const cluster = fc.constantFrom(C, 'anderer');
const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });
const anzahl = opt(fc.nat(10_000));
const cent = fc.nat(1_000_000_000_00);

const daten: fc.Arbitrary<ClusterberichtTabellen> = fc.record({
  branche: fc.uniqueArray(fc.record({ segment: fc.constantFrom('a', 'b', 'c', 'd'), jahr, unternehmen: anzahl, beschaeftigte: anzahl, umsatz: opt(cent) }), { selector: (s) => `${s.segment}|${s.jahr}`, maxLength: 6 }),
  netzwerke: fc.array(fc.record({ cluster, jahr, art: fc.constantFrom(...NETZWERK_ARTEN), unternehmen: anzahl, forschungseinrichtungen: anzahl }), { maxLength: 8 }),
  schutzrechte: fc.array(fc.record({ cluster, jahr, anmeldung: fc.boolean() }), { maxLength: 8 }),
  leistungen: fc.array(fc.record({ cluster, jahr, art: fc.constantFrom(...LEISTUNG_ARTEN), unternehmen: fc.constantFrom('A GmbH', ' a gmbh', 'B AG', 'C') }), { maxLength: 12 }),
  veranstaltungen: fc.array(fc.record({
    cluster, beginn: fc.constantFrom('2014-12-31', '2015-01-01', '2015-06-30', '2016-01-01'), art: fc.constantFrom(...VERANSTALTUNG_ARTEN),
    rolle: fc.constantFrom(...VERANSTALTUNG_ROLLEN), teilnehmende: anzahl,
  }), { maxLength: 12 }),
  investitionen: fc.array(fc.record({ cluster, jahr, volumen: cent, finanzierung: fc.constantFrom(...FINANZIERUNGEN) }), { maxLength: 6 }),
  gruendungen: fc.array(fc.record({ cluster, jahr, rechtsform: fc.constantFrom(...RECHTSFORMEN) }), { maxLength: 6 }),
}).map((r) => ({
  ...leer(),
  branche: r.branche.map((s) => segment(s)),
  netzwerke: r.netzwerke.map((n) => netzwerk(n)),
  schutzrechte: r.schutzrechte.map((s) => schutzrecht(s)),
  leistungen: r.leistungen.map((l) => leistung(l)),
  veranstaltungen: r.veranstaltungen.map((v) => veranstaltung(v)),
  investitionen: r.investitionen.map((i) => investition(i)),
  gruendungen: r.gruendungen.map((g) => gruendung(g)),
}));

const summe = (k: Record<string, number>, praefix: string, werte: readonly string[]): number => werte.reduce((s, w) => s + (k[`${praefix}.${w}`] ?? 0), 0);

describe('clusterbericht Kennzahlen: properties', () => {
  it('breakdowns sum to their totals', () => {
    fc.assert(fc.property(daten, jahr, (d, j) => {
      const k = berechneClusterberichtKennzahlen(d, C, j);
      expect(summe(k, 'veranstaltungen.art', VERANSTALTUNG_ARTEN)).toBe(k['veranstaltungen.anzahl']);
      expect(summe(k, 'veranstaltungen.rolle', VERANSTALTUNG_ROLLEN)).toBe(k['veranstaltungen.anzahl']);
      expect(summe(k, 'veranstaltungen.rolle', ['veranstalter', 'mitveranstalter'])).toBe(k['veranstaltungen.durchgefuehrt']);
      expect(summe(k, 'investitionen.finanzierung', FINANZIERUNGEN)).toBe(k['investitionen.anzahl']);
      expect(summe(k, 'gruendungen.rechtsform', RECHTSFORMEN)).toBe(k['gruendungen.anzahl']);
      expect(summe(k, 'netzwerke', NETZWERK_ARTEN)).toBe(d.netzwerke.filter((n) => n.cluster === C && n.jahr === j).length);
      const segmente = d.branche.filter((s) => s.jahr === j).map((s) => s.segment);
      expect(segmente.reduce((s, seg) => s + (k[`branche.${seg}.unternehmen`] ?? 0), 0)).toBe(k['branche.unternehmen']);
      expect(k['schutzrechte.anmeldungen']).toBeLessThanOrEqual(k['schutzrechte.foerdervorhaben'] as number);
      for (const art of LEISTUNG_ARTEN) expect(k[`leistungen.${art}`]).toBeLessThanOrEqual(3);
    }), { numRuns: 300 });
  });

  it('row order changes nothing: a permutation of every table gives the same kennzahlen.json', () => {
    fc.assert(fc.property(daten, jahr, fc.infiniteStream(fc.nat()), (d, j, zufall) => {
      const mische = <T>(zeilen: T[]): T[] => zeilen.map((z) => [zufall.next().value, z] as const).sort((a, b) => a[0] - b[0]).map(([, z]) => z);
      const gemischt = Object.fromEntries(Object.entries(d).map(([t, zeilen]) => [t, mische(zeilen as unknown[])])) as unknown as ClusterberichtTabellen;
      const datei = (x: ClusterberichtTabellen): string => serialisiereClusterberichtKennzahlen(j, C, berechneClusterberichtKennzahlen(x, C, j));
      expect(datei(gemischt)).toBe(datei(d));
    }), { numRuns: 200 });
  });

  it('nachweis: every count is the number of its rows, every sum the sum of their amounts, and both equal kennzahlen.json', () => {
    fc.assert(fc.property(daten, jahr, (d, j) => {
      const k = berechneClusterberichtKennzahlen(d, C, j);
      const n = clusterberichtNachweis(berechneClusterberichtBelege(d, C, j), j, C);
      expect([...n.schluessel]).toEqual(Object.keys(k));
      for (const s of n.schluessel) {
        const e = n.kennzahl(s);
        if (e === undefined) throw new Error(s);
        expect(e.wert, s).toBe(k[s]);
        const summen = e.datensaetze.filter((x) => x.betrag !== undefined);
        // A count's rows carry no amount; a sum's rows each carry one (an empty sum has no rows: 0 either way).
        if (summen.length === 0) {
          expect(e.wert, s).toBe(e.datensaetze.length);
        } else {
          expect(summen.length, s).toBe(e.datensaetze.length);
          const cent = Math.round(summen.reduce((a, x) => a + (x.betrag ?? 0), 0) * 100);
          expect(cent, s).toBe(Math.round(e.wert * 100));
        }
      }
    }), { numRuns: 200 });
  });
});
