// The EWM sentences agree with their counts of 0, 1 and 2 (the sample data has none of 0 or 1 here): the verb
// ("war ein Akteur", "waren 2 Akteure"), the noun and article ("ein Projekt mit einem Volumen", "dieses Projekts"),
// "kein" for a single project that is no FuEuI project, and no "die meisten" of a single Vorhaben.
import { describe, expect, it } from 'vitest';
import { saetzeHerkunft } from '../../../src/ewm/bericht/saetze-akteure.js';
import { saetzeFueui } from '../../../src/ewm/bericht/saetze-fueui.js';
import { saetzeHandlungsfelder } from '../../../src/ewm/bericht/saetze-handlungsfelder.js';
import { saetzeVolumen } from '../../../src/ewm/bericht/saetze-projekte.js';
import { type SatzKontext, satzKontext } from '../../../src/ewm/bericht/satz-kontext.js';
import { IP, KENNZAHLEN, REGISTRY } from './fixture.js';

/** The sentences of `bau` on the fixture with `anders`, unmarked (as in the PDF). */
function saetze(anders: Record<string, number>, bau: (kx: SatzKontext) => string | string[]): string[] {
  return ([] as string[]).concat(bau(satzKontext({ ...KENNZAHLEN, ...anders }, 2019, IP, REGISTRY, false)));
}

const AN_ALLEN = 'An den im Berichtsjahr 2019 neu initiierten Projekten und Sonstigen Aktivitäten';

describe('saetzeHerkunft: "war ein Akteur", "waren 2 Akteure"', () => {
  it.each([
    [0, `${AN_ALLEN} waren keine Akteure beteiligt (vgl. Abbildung 8); im Vorjahr waren es keine.`],
    [1, `${AN_ALLEN} war ein Akteur beteiligt (vgl. Abbildung 8); im Vorjahr waren es keine.`],
    [2, `${AN_ALLEN} waren 2 Akteure beteiligt (vgl. Abbildung 8); im Vorjahr waren es keine.`],
  ])('%i actors, none the year before', (z, satz) => {
    expect(saetze({ 'akteure.2019': z, 'akteure.2018': 0 }, saetzeHerkunft)[0]).toBe(satz);
  });

  it.each([
    [0, 'An den neu initiierten Projekten allein waren keine Akteure beteiligt (2018: 3).'],
    [1, 'An den neu initiierten Projekten allein war ein Akteur beteiligt (2018: 3).'],
    [2, 'An den neu initiierten Projekten allein waren 2 Akteure beteiligt (2018: 3).'],
  ])('%i actors at the projects alone', (zp, satz) => {
    expect(saetze({ 'akteure.2019.projekte': zp }, saetzeHerkunft)).toContain(satz);
  });
});

describe('saetzeHerkunft: where a single actor had its seat', () => {
  const herkunft = (b: number, bb: number, e: number): Record<string, number> => ({
    'akteure.2019': b + bb + e, 'akteure.2019.herkunft.berlin': b, 'akteure.2019.herkunft.brandenburg': bb, 'akteure.2019.herkunft.extern': e,
  });
  it.each([
    [1, 0, 0, ['Seinen Hauptsitz hatte der beteiligte Akteur in Berlin.']],
    [0, 1, 0, ['Seinen Hauptsitz hatte der beteiligte Akteur in Brandenburg.']],
    [0, 0, 1, ['Seinen Hauptsitz hatte der beteiligte Akteur außerhalb der beiden Länder (externer Akteur).']],
    [1, 1, 0, ['Ihren Hauptsitz hatten 1 der beteiligten Akteure in Berlin, 1 in Brandenburg und 0 außerhalb der beiden Länder (externe Akteure).']],
    [2, 0, 0, [
      'Ihren Hauptsitz hatten 2 der beteiligten Akteure in Berlin, 0 in Brandenburg und 0 außerhalb der beiden Länder (externe Akteure).',
      'Die Mehrheit der beteiligten Akteure stammte damit aus Berlin.',
    ]],
  ])('%i in Berlin, %i in Brandenburg, %i outside', (b, bb, e, ende) => {
    const s = saetze(herkunft(b, bb, e), saetzeHerkunft);
    expect(s.slice(s.findIndex((x) => /^(Seinen|Ihren) Hauptsitz/.test(x)))).toEqual(ende);
  });
});

describe('saetzeFueui: "war kein", "war keines ein", "war ein", "waren 2"', () => {
  const FUEUI = 'Forschungs-, Entwicklungs- und Innovationsprojekt';
  it.each([
    [1, 0, `Das im Jahr 2019 neu initiierte Projekt war kein ${FUEUI} (FuEuI-Projekt; vgl. Abbildung 3).`],
    [1, 1, `Das im Jahr 2019 neu initiierte Projekt war ein ${FUEUI} (FuEuI-Projekt; vgl. Abbildung 3).`],
    [2, 0, `Von den 2 im Jahr 2019 neu initiierten Projekten war keines ein ${FUEUI} (FuEuI-Projekt; vgl. Abbildung 3).`],
    [2, 1, `Von den 2 im Jahr 2019 neu initiierten Projekten war ein ${FUEUI} (FuEuI-Projekt; vgl. Abbildung 3).`],
    [2, 2, `Von den 2 im Jahr 2019 neu initiierten Projekten waren 2 ${FUEUI}e (FuEuI-Projekte; vgl. Abbildung 3).`],
  ])('%i new projects, %i of them FuEuI', (n, f, satz) => {
    expect(saetze({ 'projekte.neu.2019': n, 'projekte.neu.2019.fueui': f }, saetzeFueui)[0]).toBe(satz);
  });
});

describe('saetzeVolumen: a single new project in the singular', () => {
  const TTM = 'das Teilthemenmanagement Industrielle Produktion';
  it.each([
    [0, 'Im Berichtsjahr 2019 wurden keine Projekte neu initiiert; Abbildung 2 zeigt daher nur die Volumina der Vorjahre.'],
    [1, `Im Berichtsjahr 2019 hat ${TTM} ein Projekt mit einem Volumen von 69,2 Millionen Euro neu initiiert (vgl. Abbildung 2).`],
    [2, `Im Berichtsjahr 2019 hat ${TTM} Projekte mit einem Volumen von insgesamt 69,2 Millionen Euro neu initiiert (vgl. Abbildung 2).`],
  ])('%i new projects: the first sentence', (n, satz) => {
    expect(saetze({ 'projekte.neu.2019': n }, saetzeVolumen)[0]).toBe(satz);
  });

  it.each([
    [1, 'Das Fördervolumen dieses Projekts belief sich auf 30,0 Millionen Euro.'],
    [2, 'Das Fördervolumen dieser Projekte belief sich auf 30,0 Millionen Euro.'],
  ])('%i new projects: their funding', (n, satz) => {
    expect(saetze({ 'projekte.neu.2019': n }, saetzeVolumen)).toContain(satz);
  });

  it.each([
    [1, 'Für das im Berichtsjahr 2019 neu initiierte Projekt wurde kein Projektvolumen erfasst (vgl. Abbildung 2).'],
    [2, 'Für die im Berichtsjahr 2019 neu initiierten Projekte wurde kein Projektvolumen erfasst (vgl. Abbildung 2).'],
  ])('%i new projects without a volume', (n, satz) => {
    expect(saetze({ 'projekte.neu.2019': n, 'projekte.neu.2019.projektvolumen': 0 }, saetzeVolumen)).toEqual([satz]);
  });

  it.each([
    [1, 'Dieses Projekt wurde erst nach dem Stichtag abgebrochen oder abgesagt.'],
    [2, 'Alle diese Projekte wurden erst nach dem Stichtag abgebrochen oder abgesagt.'],
  ])('%i new projects, all cancelled after the Stichtag', (n, satz) => {
    const k = { 'projekte.neu.2019': n, 'projekte.neu.2019.projektvolumen_realisiert': 0, 'projekte.neu.2019.projektvolumen_antizipiert': 0 };
    expect(saetze(k, saetzeVolumen)[1]).toBe(satz);
  });
});

describe('saetzeHandlungsfelder: a single new Vorhaben "entfiel auf" its field', () => {
  const felder = (art: 'projekte' | 'aktivitaeten', n: number, i40: number, af: number): Record<string, number> => ({
    [`${art}.neu.2019`]: n,
    [`${art}.neu.2019.handlungsfeld.industrie-4-0`]: i40,
    [`${art}.neu.2019.handlungsfeld.additive-fertigung`]: af,
    [`${art}.neu.2019.handlungsfeld.uebergreifend`]: 0,
  });
  it.each([
    ['projekte', 1, 1, 0, 'Das im Berichtsjahr 2019 neu initiierte Projekt entfiel auf das Handlungsfeld „Industrie 4.0“ (vgl. Abbildung 4).'],
    ['projekte', 2, 2, 0, 'Die meisten der im Berichtsjahr 2019 neu initiierten Projekte entfielen auf das Handlungsfeld „Industrie 4.0“ (2 von 2; vgl. Abbildung 4).'],
    ['projekte', 2, 1, 1, 'Die meisten der im Berichtsjahr 2019 neu initiierten Projekte entfielen zu gleichen Teilen auf die Handlungsfelder „Industrie 4.0“ und „Additive Fertigung“ (je 1 von 2; vgl. Abbildung 4).'],
    ['aktivitaeten', 1, 0, 1, 'Die im Berichtsjahr 2019 neu initiierte Sonstige Aktivität entfiel auf das Handlungsfeld „Additive Fertigung“ (vgl. Abbildung 7).'],
    ['aktivitaeten', 2, 0, 2, 'Die meisten der im Berichtsjahr 2019 neu initiierten Sonstigen Aktivitäten entfielen auf das Handlungsfeld „Additive Fertigung“ (2 von 2; vgl. Abbildung 7).'],
  ] as const)('%s: %i new, %i in Industrie 4.0, %i in Additive Fertigung', (art, n, i40, af, satz) => {
    expect(saetze(felder(art, n, i40, af), (kx) => saetzeHandlungsfelder(kx, art))[0]).toBe(satz);
  });
});
