/**
 * The sample data in data/ beyond Industrielle Produktion: four more managements with their own Vorhaben,
 * Cross Cluster links that answer each other, and analyst texts — read through the real reader and engine.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { berechneKennzahlen, type Kennzahlen } from '../../src/ewm/kennzahlen/index.js';
import type { EwmDaten } from '../../src/ewm/model/typen.js';
import { ladeEwmDaten } from '../../src/ewm/lade-ewm-daten.js';
import { ladeTexte } from '../../src/ewm/texte/lade-texte.js';

const DATEN = fileURLToPath(new URL('../../data', import.meta.url));
const WEITERE = ['optik-photonik', 'energietechnik', 'smart-cities', 'clean-technologies'] as const;
const ALLE = ['industrielle-produktion', ...WEITERE] as const;
const JAHR = 2019;

let daten: EwmDaten;
const kennzahlen = new Map<string, Kennzahlen>();

beforeAll(async () => {
  const ergebnis = await ladeEwmDaten(DATEN);
  expect(ergebnis.probleme.filter((p) => p.schwere === 'fehler')).toEqual([]);
  daten = ergebnis.daten as EwmDaten;
  for (const slug of ALLE) kennzahlen.set(slug, berechneKennzahlen(daten, slug, JAHR));
});

const k = (slug: string): Kennzahlen => kennzahlen.get(slug) as Kennzahlen;

/** How often A's Vorhaben of the report's comparison years name B (projects 2017–2019, activities 2018–2019). */
function nennungen(a: string, b: string): number {
  const schluessel = [
    ...[JAHR - 2, JAHR - 1, JAHR].map((j) => `projekte.neu.${j}.crosscluster.beteiligungen.${b}`),
    ...[JAHR - 1, JAHR].map((j) => `aktivitaeten.neu.${j}.crosscluster.beteiligungen.${b}`),
  ];
  return schluessel.reduce((summe, s) => {
    expect(k(a), `${a}: ${s}`).toHaveProperty([s]);
    return summe + (k(a)[s] as number);
  }, 0);
}

describe('sample data: four more managements', () => {
  it('registers Optik und Photonik and Energietechnik as joint clusters, Smart Cities and Clean Technologies as Berlin Teilthemen', () => {
    const art = (slug: string) => daten.cluster.find((c) => c.slug === slug);
    expect(WEITERE.map((s) => [s, art(s)?.art, art(s)?.land])).toEqual([
      ['optik-photonik', 'cluster', 'gemeinsam'],
      ['energietechnik', 'cluster', 'gemeinsam'],
      ['smart-cities', 'teilthema', 'berlin'],
      ['clean-technologies', 'teilthema', 'berlin'],
    ]);
  });

  it('gives every one of them new projects, new activities and actors in 2019', () => {
    for (const slug of WEITERE) {
      expect(k(slug)['projekte.neu.2019'], slug).toBeGreaterThan(0);
      expect(k(slug)['aktivitaeten.neu.2019'], slug).toBeGreaterThan(0);
      expect(k(slug)['akteure.2019'], slug).toBeGreaterThan(0);
    }
  });

  it('has the headline figures the generator was designed for', () => {
    const kopf = (slug: string) => [
      k(slug)['projekte.neu.2017'], k(slug)['projekte.neu.2018'], k(slug)['projekte.neu.2019'],
      k(slug)['aktivitaeten.neu.2018'], k(slug)['aktivitaeten.neu.2019'], k(slug)['akteure.2018'], k(slug)['akteure.2019'],
    ];
    expect(Object.fromEntries(WEITERE.map((s) => [s, kopf(s)]))).toEqual({
      'optik-photonik': [12, 14, 18, 14, 18, 52, 66],
      energietechnik: [15, 17, 11, 17, 12, 75, 52],
      'smart-cities': [8, 9, 13, 10, 14, 36, 56],
      'clean-technologies': [9, 8, 16, 10, 13, 34, 58],
    });
  });

  it('exercises the report sentences: a first time, a decrease, a doubling, and a Handlungsfeld that starts in 2019', () => {
    expect([k('smart-cities')['projekte.neu.2018.crosscluster'], k('smart-cities')['projekte.neu.2019.crosscluster']]).toEqual([0, 8]);
    expect(k('energietechnik')['projekte.neu.2019']).toBeLessThan(k('energietechnik')['projekte.neu.2018'] as number);
    expect(k('clean-technologies')['projekte.neu.2019']).toBe(2 * (k('clean-technologies')['projekte.neu.2018'] as number));
    expect(k('energietechnik')).not.toHaveProperty(['projekte.neu.2018.handlungsfeld.wasserstoff-sektorkopplung']);
    expect(k('energietechnik')['projekte.neu.2019.handlungsfeld.wasserstoff-sektorkopplung']).toBe(3);
  });

  it('keeps the Cross Cluster links reciprocal between every pair of the five sample managements', () => {
    const einseitig: string[] = [];
    let paare = 0;
    for (const a of ALLE) {
      for (const b of ALLE) {
        if (a === b || nennungen(a, b) === 0) continue;
        paare++;
        if (nennungen(b, a) === 0) einseitig.push(`${a} nennt ${b}, aber nicht umgekehrt`);
      }
    }
    expect(einseitig).toEqual([]);
    expect(paare).toBe(ALLE.length * (ALLE.length - 1)); // every one names every other one at least once
  });

  it('produces a report for exactly the five sample managements with `--alle` (managements with Vorhaben)', () => {
    const mitVorhaben = new Set([...daten.projekte, ...daten.aktivitaeten].map((v) => v.cluster));
    expect([...mitVorhaben].sort()).toEqual([...ALLE].sort());
  });

  it.each(ALLE)('has ueberblick.md, fazit.md, section texts and three Erfolgsbeispiele for %s, loading without problems', async (slug) => {
    const ordner = join(DATEN, 'texte', String(JAHR), slug);
    expect(existsSync(join(ordner, 'ueberblick.md'))).toBe(true);
    expect(existsSync(join(ordner, 'fazit.md'))).toBe(true);
    expect(readdirSync(join(ordner, 'erfolgsbeispiele')).filter((n) => n.endsWith('.md'))).toHaveLength(3);
    const { texte, probleme } = await ladeTexte(DATEN, JAHR, slug, berechneKennzahlen(daten, slug, JAHR));
    expect(probleme).toEqual([]);
    // every sample management has analyst text inside the computed sections and its own innoBB 2025 subsection
    expect(texte.abschnitte.projekte.einleitung + Object.values(texte.abschnitte.projekte.nach).join('')).toMatch(/<p>/);
    expect(texte.abschnitte.innobb.einleitung).toMatch(/<(p|li)>/);
    expect([texte.ueberblick.fehlt, texte.fazit.fehlt]).toEqual([false, false]);
    expect(texte.erfolgsbeispiele).toHaveLength(3);
    for (const beispiel of texte.erfolgsbeispiele) {
      expect(beispiel.schwerpunktthemen.length + beispiel.leitlinien.length, beispiel.datei).toBeGreaterThan(0);
      if (beispiel.projekt === undefined) continue;
      const projekt = daten.projekte.find((p) => p.id === beispiel.projekt);
      expect(projekt?.cluster, `${beispiel.datei}: ${beispiel.projekt}`).toBe(slug);
    }
  });
});
