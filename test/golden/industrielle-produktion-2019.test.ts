/**
 * Golden test: the sample data in data/, read through the real reader, reproduces every published
 * figure of the 2019 report Industrielle Produktion (exact values, ranges, and the checkable conditions).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { berechneKennzahlen, type Kennzahlen } from '../../src/ewm/kennzahlen/berechne-kennzahlen.js';
import type { EwmDaten } from '../../src/ewm/model/typen.js';
import { ladeEwmDaten } from '../../src/ewm/lade-ewm-daten.js';

interface Golden {
  cluster: string;
  berichtsjahr: number;
  exakt: Record<string, number>;
  bereich: Record<string, [number, number]>;
  bedingungen: string[];
}

const golden = JSON.parse(readFileSync(fileURLToPath(new URL('./industrielle-produktion-2019.json', import.meta.url)), 'utf8')) as Golden;
const DATEN = fileURLToPath(new URL('../../data', import.meta.url));

/** A golden key may be a sum `a+b` (a `+` before a letter; `250+` is a key's end); every part must exist. */
function wert(k: Kennzahlen, schluessel: string): number {
  return schluessel.split(/\+(?=[a-z])/).reduce((s, teil) => {
    expect(k, `Kennzahl ${teil}`).toHaveProperty([teil]);
    return s + (k[teil] as number);
  }, 0);
}
const prozent = (a: number, b: number): number => Math.round((100 * a) / b);

let daten: EwmDaten;
let k: Kennzahlen;

beforeAll(async () => {
  const ergebnis = await ladeEwmDaten(DATEN);
  expect(ergebnis.probleme.filter((p) => p.schwere === 'fehler')).toEqual([]);
  expect(ergebnis.daten).toBeDefined();
  daten = ergebnis.daten as EwmDaten;
  k = berechneKennzahlen(daten, golden.cluster, golden.berichtsjahr);
});

describe('golden figures: Industrielle Produktion 2019', () => {
  it.each(Object.entries(golden.exakt))('%s = %d', (schluessel, erwartet) => {
    expect(wert(k, schluessel)).toBe(erwartet);
  });

  it.each(Object.entries(golden.bereich))('%s in %j', (schluessel, [von, bis]) => {
    expect(wert(k, schluessel)).toBeGreaterThanOrEqual(von);
    expect(wert(k, schluessel)).toBeLessThanOrEqual(bis);
  });

  it('has twelve checked conditions and one that is no condition', () => {
    expect(golden.bedingungen).toHaveLength(14);
  });

  it('Fördergeber share of the project volume: 67 % in 2019, 75 % in 2018', () => {
    expect(prozent(k['projekte.neu.2019.projektvolumen_gefoerdert']!, k['projekte.neu.2019.projektvolumen']!)).toBe(67);
    expect(prozent(k['projekte.neu.2018.projektvolumen_gefoerdert']!, k['projekte.neu.2018.projektvolumen']!)).toBe(75);
  });

  it('volumes fall to almost 100 % on Berlin-Brandenburg (≥ 0.98)', () => {
    expect(k['projekte.neu.2019.projektvolumen_bb']! / k['projekte.neu.2019.projektvolumen']!).toBeGreaterThanOrEqual(0.98);
    expect(k['projekte.neu.2019.foerdervolumen_bb']! / k['projekte.neu.2019.foerdervolumen']!).toBeGreaterThanOrEqual(0.98);
  });

  it('Siemensstadt 2.0 projects sum to about 67 Mio. €, with the WvSC at 15 Mio. / 7,5 Mio. GRW Land Berlin', () => {
    const neu2019 = daten.projekte.filter((p) => p.cluster === golden.cluster && p.laufzeitbeginn.startsWith('2019') && p.status !== 'abgesagt');
    const wvsc = neu2019.filter((p) => p.titel === 'Werner-von-Siemens Centre for Industry and Science');
    expect(wvsc).toHaveLength(1);
    expect(wvsc[0]).toMatchObject({ projektvolumen: 15_000_000_00, foerdervolumen: 7_500_000_00, foerderprogramm: 'GRW', foerdergeber: 'land_berlin' });
    const siemensstadt = neu2019.filter((p) => p.titel.includes('Siemensstadt 2.0') || p === wvsc[0]);
    const mio = siemensstadt.reduce((s, p) => s + p.projektvolumen, 0) / 100 / 1e6;
    expect(Math.round(mio)).toBe(67);
  });

  it('Additive Fertigung is the largest Handlungsfeld of the 2019 projects', () => {
    const af = k['projekte.neu.2019.handlungsfeld.additive-fertigung']!;
    for (const h of ['industrie-4-0', 'uebergreifend']) expect(af).toBeGreaterThan(k[`projekte.neu.2019.handlungsfeld.${h}`]!);
  });

  it('Konsortialstruktur: 2018 the one non-Verbund-mehrerer-Unternehmen project; 2019 the others below 6', () => {
    const andere = ['einzelvorhaben_unternehmen', 'einzelvorhaben_forschung', 'verbund_forschung', 'sonstiger_verbund', 'verbund_unternehmen_forschung'];
    expect(andere.reduce((s, x) => s + k[`projekte.neu.2018.fueui.konsortialstruktur.${x}`]!, 0)).toBe(1);
    for (const x of [...andere.slice(0, 4), 'verbund_unternehmen']) expect(k[`projekte.neu.2019.fueui.konsortialstruktur.${x}`]).toBeLessThan(6);
  });

  it('Sonstige Aktivitäten: Industrie 4.0 the majority incl. five Industry meets IT workshops; Additive Fertigung down; Leichtbau as übergreifend', () => {
    expect(k['aktivitaeten.neu.2019.handlungsfeld.industrie-4-0']! * 2).toBeGreaterThan(k['aktivitaeten.neu.2019']!);
    const imit = daten.aktivitaeten.filter((a) => a.titel.startsWith('Industry meets IT') && a.beginn.startsWith('2019'));
    expect(imit.map((a) => [a.handlungsfeld, a.format, a.standardaktivitaet, a.status])).toEqual(Array(5).fill(['industrie-4-0', 'workshop', false, 'durchgefuehrt']));
    expect(k['aktivitaeten.neu.2019.handlungsfeld.additive-fertigung']).toBeLessThan(k['aktivitaeten.neu.2018.handlungsfeld.additive-fertigung']!);
    expect(k['aktivitaeten.neu.2019.handlungsfeld.uebergreifend']).toBeGreaterThanOrEqual(1);
    const leichtbau = daten.aktivitaeten.filter((a) => a.titel.includes('Leichtbau') && a.beginn.startsWith('2019'));
    expect(leichtbau.length).toBeGreaterThanOrEqual(1);
    expect(leichtbau.every((a) => a.handlungsfeld === 'uebergreifend')).toBe(true);
  });

  it('more than half of the 2019 actors are seated in Berlin', () => {
    expect(k['akteure.2019.herkunft.berlin']! * 2).toBeGreaterThan(k['akteure.2019']!);
  });

  it('uses the names of the seed: projects, AMable funding, Digital Plus with HTW Berlin, events', () => {
    const titel = [...daten.projekte, ...daten.aktivitaeten].map((v) => v.titel);
    for (const name of ['Werner-von-Siemens Centre for Industry and Science', 'IAM-Hub', 'Medical goes Additive', 'BaSys2Go - Open Basys 4.0', 'Digital Plus', 'Industry meets IT', 'AM-Forum']) {
      expect(titel.some((t) => t.includes(name)), name).toBe(true);
    }
    const akteur = (name: string) => daten.akteure.find((a) => a.name === name);
    const amable = (firma: string) => {
      const id = akteur(firma)?.id;
      return daten.projekte.filter((p) => p.foerderprogramm === 'AMable' && daten.beteiligungen.some((b) => b.vorhaben_id === p.id && b.akteur_id === id));
    };
    expect(amable('Orion Additive Manufacturing GmbH').map((p) => [p.foerdervolumen, p.foerdergeber])).toEqual([[44_380_00, 'eu']]);
    expect(amable('Space Structures GmbH').map((p) => [p.foerdervolumen, p.foerdergeber])).toEqual([[25_000_00, 'eu']]);
    const htw = daten.akteure.filter((a) => a.name.startsWith('Hochschule für Technik und Wirtschaft Berlin')).map((a) => a.id);
    const digitalPlus = daten.projekte.find((p) => p.titel === 'Digital Plus');
    expect(daten.beteiligungen.some((b) => b.vorhaben_id === digitalPlus?.id && htw.includes(b.akteur_id))).toBe(true);
    expect(daten.bericht.veroeffentlichung).toBe('2020-07-15');
  });
});
