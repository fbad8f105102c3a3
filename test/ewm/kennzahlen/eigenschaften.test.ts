import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { berechneKennzahlen, type Kennzahlen } from '../../../src/ewm/kennzahlen/berechne-kennzahlen.js';
import { berechneBelege } from '../../../src/ewm/kennzahlen/berechne-belege.js';
import { nachweisAusBelegen } from '../../../src/ewm/kennzahlen/nachweis-aus-belegen.js';
import { nachweisAlsDatei } from '../../../src/nachweis/nachweis-als-datei.js';
import { handlungsfelderImJahr } from '../../../src/ewm/kennzahlen/handlungsfelder-im-jahr.js';
import { kennzahlKategorien } from '../../../src/ewm/kennzahlen/kennzahl-kategorien.js';
import { serialisiereKennzahlen } from '../../../src/ewm/kennzahlen/serialisiere-kennzahlen.js';
import { AKTEUR_TYPEN, AKTIVITAET_FORMATE, FOERDERGEBER, GROESSENKLASSEN, KONSORTIALSTRUKTUREN, LEITLINIEN, PROJEKT_STATUS, SCHWERPUNKTTHEMEN, SITZE, type Akteur, type Aktivitaet, type EwmDaten, type Projekt } from '../../../src/ewm/model/typen.js';
import { akteur, aktivitaet, bestand, beteiligung, projekt, registry } from './bauer.js';

const X = 'industrielle-produktion';
const SLUGS = registry().map((c) => c.slug);

const datum = fc.record({ j: fc.integer({ min: 2015, max: 2021 }), m: fc.integer({ min: 1, max: 12 }), t: fc.integer({ min: 1, max: 28 }) })
  .map(({ j, m, t }) => `${j}-${String(m).padStart(2, '0')}-${String(t).padStart(2, '0')}`);
const feldIn = (slug: string, d: string, i: number): string => {
  const felder = handlungsfelderImJahr(registry().find((c) => c.slug === slug), Number(d.slice(0, 4)));
  return felder[i % felder.length]!.slug;
};
const betrag = fc.integer({ min: 0, max: 2_000_000_000 });

const projektArb = fc.record({
  cluster: fc.constantFrom(X, X, X, ...SLUGS), beginn: datum, dauer: fc.option(fc.integer({ min: 0, max: 1500 })),
  status: fc.constantFrom(...PROJEKT_STATUS), seit: datum, feld: fc.nat(), pv: betrag, a: fc.double({ min: 0, max: 1, noNaN: true }),
  b: fc.double({ min: 0, max: 1, noNaN: true }), c: fc.double({ min: 0, max: 1, noNaN: true }), fg: fc.constantFrom(...FOERDERGEBER),
  fueui: fc.boolean(), ks: fc.constantFrom(...KONSORTIALSTRUKTUREN), bc: fc.array(fc.constantFrom(...SLUGS), { maxLength: 4 }),
  ll: fc.array(fc.constantFrom(...LEITLINIEN), { maxLength: 3 }), st: fc.array(fc.constantFrom(...SCHWERPUNKTTHEMEN), { maxLength: 3 }),
}).map((r): Omit<Projekt, 'id'> => {
  const ende = r.dauer === null ? undefined : new Date(Date.parse(r.beginn) + r.dauer * 86_400_000).toISOString().slice(0, 10);
  const pvBb = Math.floor(r.pv * r.a);
  const fv = r.fg === 'keine' ? 0 : Math.floor(r.pv * r.b);
  const gestoppt = r.status === 'abgebrochen' || r.status === 'abgesagt';
  return {
    ...projekt('x'), cluster: r.cluster, beteiligte_cluster: r.bc, handlungsfeld: feldIn(r.cluster, r.beginn, r.feld),
    laufzeitbeginn: r.beginn, laufzeitende: ende, status: r.status, status_seit: gestoppt ? (r.seit < r.beginn ? r.beginn : r.seit) : undefined,
    projektvolumen: r.pv, projektvolumen_bb: pvBb, foerdervolumen: fv, foerdervolumen_bb: Math.floor(fv * r.c), foerdergeber: r.fg,
    fueui: r.fueui, konsortialstruktur: r.fueui ? r.ks : undefined, leitlinien: r.ll, schwerpunktthemen: r.st,
  };
});

const aktivitaetArb = fc.record({
  cluster: fc.constantFrom(X, X, ...SLUGS), beginn: datum, feld: fc.nat(), format: fc.constantFrom(...AKTIVITAET_FORMATE),
  abgesagt: fc.boolean(), seit: datum, tn: fc.option(fc.integer({ min: 0, max: 500 })), std: fc.boolean(),
  bc: fc.array(fc.constantFrom(...SLUGS), { maxLength: 4 }),
}).map((r): Omit<Aktivitaet, 'id'> => ({
  ...aktivitaet('x'), cluster: r.cluster, beteiligte_cluster: r.bc, handlungsfeld: feldIn(r.cluster, r.beginn, r.feld), beginn: r.beginn,
  format: r.format, status: r.abgesagt ? 'abgesagt' : 'durchgefuehrt', status_seit: r.abgesagt ? r.seit : undefined,
  teilnehmende: r.tn ?? undefined, standardaktivitaet: r.std,
}));

const akteurArb = fc.record({
  typ: fc.constantFrom(...AKTEUR_TYPEN), sitz: fc.constantFrom(...SITZE), n: fc.integer({ min: 1, max: 5000 }),
  gk: fc.option(fc.constantFrom(...GROESSENKLASSEN)), eltern: fc.option(fc.nat()),
});

/** A valid EwmDaten: actors form a forest (parents come earlier), every reference exists. */
const bestandArb = fc.record({
  projekte: fc.array(projektArb, { maxLength: 40 }),
  aktivitaeten: fc.array(aktivitaetArb, { maxLength: 30 }),
  akteure: fc.array(akteurArb, { minLength: 1, maxLength: 30 }),
  paare: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 120 }),
}).map((r): EwmDaten => {
  const projekte = r.projekte.map((p, i) => ({ ...p, id: `P${i}` }));
  const aktivitaeten = r.aktivitaeten.map((a, i) => ({ ...a, id: `A${i}` }));
  const akteure: Akteur[] = r.akteure.map((a, i) => akteur(`K${i}`, {
    typ: a.typ, sitz: a.sitz, beschaeftigte: a.typ === 'unternehmen' && a.gk === null ? a.n : undefined,
    groessenklasse: a.typ === 'unternehmen' && a.gk !== null ? a.gk : undefined,
    uebergeordnet: a.eltern !== null && i > 0 ? `K${a.eltern % i}` : undefined,
  }));
  const vorhaben = [...projekte.map((p) => p.id), ...aktivitaeten.map((a) => a.id)];
  const beteiligungen = vorhaben.length === 0 ? [] : r.paare.map(([v, a]) => beteiligung(vorhaben[v % vorhaben.length]!, `K${a % akteure.length}`));
  return bestand({ projekte, aktivitaeten, akteure, beteiligungen });
});

const summe = (k: Kennzahlen, praefix: string, werte: readonly string[]): number => werte.reduce((s, w) => s + (k[`${praefix}.${w}`] ?? 0), 0);

describe('Kennzahlen invariants (property tests)', () => {
  it('breakdowns sum to their totals, and the bounds of methodology.md hold', () => {
    fc.assert(fc.property(bestandArb, fc.integer({ min: 2017, max: 2021 }), (d, y) => {
      const k = berechneKennzahlen(d, X, y);
      const kat = kennzahlKategorien(d.cluster, X, y);
      expect(summe(k, `projekte.neu.${y}.status`, PROJEKT_STATUS)).toBe(k[`projekte.neu.${y}`]);
      expect(k[`projekte.begleitet.${y}`]).toBeGreaterThanOrEqual(k[`projekte.neu.${y}`]!);
      expect(k[`projekte.neu.${y}.projektvolumen_realisiert`]! + k[`projekte.neu.${y}.projektvolumen_antizipiert`]!)
        .toBeLessThanOrEqual(k[`projekte.neu.${y}.projektvolumen`]! + 1e-6);
      for (const j of kat.jahre.projekte) {
        const p = `projekte.neu.${j}`;
        expect(summe(k, `${p}.fueui.konsortialstruktur`, KONSORTIALSTRUKTUREN)).toBe(k[`${p}.fueui`]);
        expect(summe(k, `${p}.fueui.foerdergeber`, FOERDERGEBER)).toBe(k[`${p}.fueui`]);
        expect(summe(k, `${p}.handlungsfeld`, kat.handlungsfelder.get(j)!.map((h) => h.slug))).toBe(k[p]);
        expect(k[`${p}.fueui`]).toBeLessThanOrEqual(k[p]!);
        expect(k[`${p}.crosscluster`]).toBeLessThanOrEqual(k[p]!);
        for (const c of kat.andereCluster) expect(k[`${p}.crosscluster.beteiligungen.${c.slug}`]).toBeLessThanOrEqual(k[`${p}.crosscluster`]!);
        expect(k[`${p}.projektvolumen_bb`]).toBeLessThanOrEqual(k[`${p}.projektvolumen`]!);
        expect(k[`${p}.foerdervolumen`]).toBeLessThanOrEqual(k[`${p}.projektvolumen`]!);
        expect(k[`${p}.foerdervolumen_bb`]).toBeLessThanOrEqual(k[`${p}.foerdervolumen`]!);
        expect(k[`${p}.projektvolumen_gefoerdert`]).toBeLessThanOrEqual(k[`${p}.projektvolumen`]!);
      }
      for (const j of kat.jahre.aktivitaeten) {
        const a = `aktivitaeten.neu.${j}`;
        expect(summe(k, `${a}.handlungsfeld`, kat.handlungsfelder.get(j)!.map((h) => h.slug))).toBe(k[a]);
        expect(summe(k, `${a}.format`, AKTIVITAET_FORMATE)).toBe(k[a]);
        expect(k[`${a}.crosscluster`]).toBeLessThanOrEqual(k[a]!);
        for (const c of kat.andereCluster) expect(k[`${a}.crosscluster.beteiligungen.${c.slug}`]).toBeLessThanOrEqual(k[`${a}.crosscluster`]!);
      }
      for (const j of kat.jahre.akteure) {
        for (const g of [`akteure.${j}`, `akteure.${j}.projekte`]) {
          expect(summe(k, `${g}.herkunft`, SITZE)).toBe(k[g]);
          expect(summe(k, `${g}.typ`, AKTEUR_TYPEN)).toBe(k[g]);
          expect(summe(k, `${g}.unternehmen.groessenklasse`, GROESSENKLASSEN)).toBe(k[`${g}.typ.unternehmen`]);
        }
        expect(k[`akteure.${j}.projekte`]).toBeLessThanOrEqual(k[`akteure.${j}`]!);
      }
      for (const [s, v] of Object.entries(k)) {
        expect(Number.isFinite(v), s).toBe(true);
        expect(/^\d+(\.\d{1,2})?$/.test(JSON.stringify(v)), `${s} = ${v}`).toBe(true);
      }
    }), { numRuns: 300 });
  });

  it('permuting the rows of any table changes nothing', () => {
    const perm = <T>(xs: readonly T[], schluessel: readonly number[]): T[] =>
      xs.map((x, i) => ({ x, s: schluessel[i % Math.max(1, schluessel.length)] ?? 0, i })).sort((a, b) => a.s - b.s || b.i - a.i).map((e) => e.x);
    fc.assert(fc.property(bestandArb, fc.array(fc.nat(), { minLength: 1, maxLength: 50 }), fc.integer({ min: 2018, max: 2020 }), (d, s, y) => {
      const gemischt: EwmDaten = {
        ...d, cluster: perm(d.cluster, s), projekte: perm(d.projekte, s), aktivitaeten: perm(d.aktivitaeten, s),
        akteure: perm(d.akteure, s), beteiligungen: perm(d.beteiligungen, s),
      };
      // Lists inside a record are sets, too.
      gemischt.projekte = gemischt.projekte.map((p) => ({ ...p, beteiligte_cluster: [...p.beteiligte_cluster].reverse(), leitlinien: [...p.leitlinien].reverse() }));
      const datei = (dd: EwmDaten): string => serialisiereKennzahlen({ schema: 'ewm-report/kennzahlen@1', berichtsjahr: y, cluster: X, kennzahlen: berechneKennzahlen(dd, X, y) });
      expect(datei(gemischt)).toBe(datei(d));
    }), { numRuns: 300 });
  });

  it('every count is the number of its records and every sum the sum of their amounts (nachweis)', () => {
    fc.assert(fc.property(bestandArb, fc.integer({ min: 2017, max: 2021 }), (d, y) => {
      const k = berechneKennzahlen(d, X, y);
      const n = nachweisAlsDatei(nachweisAusBelegen(berechneBelege(d, X, y), y, X, d.akteure));
      expect(Object.keys(n.kennzahlen)).toEqual(Object.keys(k));
      for (const [s, e] of Object.entries(n.kennzahlen)) {
        expect(e.wert, s).toBe(k[s]);
        const summe = e.datensaetze.some((r) => r.betrag !== undefined);
        if (summe || /volumen|teilnehmende/.test(s)) {
          const cent = e.datensaetze.reduce((t, r) => t + Math.round((r.betrag ?? Number.NaN) * 100), 0);
          expect(cent, s).toBe(Math.round(e.wert * 100));
        } else {
          expect(e.datensaetze.length, s).toBe(e.wert);
          // Each record counts once per key.
          expect(new Set(e.datensaetze.map((r) => r.id)).size, s).toBe(e.wert);
        }
      }
    }), { numRuns: 200 });
  });
});
