import { describe, expect, it } from 'vitest';
import { berechneKennzahlen } from '../../../src/ewm/kennzahlen/berechne-kennzahlen.js';
import { akteur, aktivitaet, bestand, beteiligung, projekt } from './bauer.js';

const X = 'industrielle-produktion';

describe('berechneKennzahlen: projects', () => {
  it('excludes a project cancelled before the Stichtag and keeps one cancelled after it', () => {
    const k = berechneKennzahlen(bestand({
      projekte: [
        projekt('vor', { status: 'abgebrochen', status_seit: '2019-09-30' }),
        projekt('nach', { status: 'abgebrochen', status_seit: '2020-02-15' }),
        projekt('am', { status: 'abgesagt', status_seit: '2019-12-31' }),
      ],
    }), X, 2019);
    expect(k['projekte.neu.2019']).toBe(1);
    expect(k['projekte.begleitet.2019']).toBe(1);
    expect(k['projekte.neu.2019.status.abgebrochen']).toBe(1);
    expect(k['projekte.neu.2019.status.abgesagt']).toBe(0);
    // A year earlier the 2019 cancellation had not happened: a 2018 project cancelled in 2019 counts in 2018.
    const k2 = berechneKennzahlen(bestand({
      projekte: [projekt('p18', { laufzeitbeginn: '2018-04-01', status: 'abgebrochen', status_seit: '2019-03-01' })],
    }), X, 2019);
    expect(k2['projekte.neu.2018']).toBe(1);
    expect(k2['projekte.begleitet.2019']).toBe(0);
  });

  it('does not count as begleitet a project whose support ended in the previous year', () => {
    const k = berechneKennzahlen(bestand({
      projekte: [
        projekt('alt', { laufzeitbeginn: '2017-02-01', laufzeitende: '2018-12-31', status: 'regulaer_beendet' }),
        projekt('lauf', { laufzeitbeginn: '2016-02-01', laufzeitende: '2019-01-01', status: 'regulaer_beendet' }),
        projekt('offen', { laufzeitbeginn: '2017-06-01' }),
        projekt('spaeter', { laufzeitbeginn: '2020-01-01' }),
      ],
    }), X, 2019);
    expect(k['projekte.begleitet.2019']).toBe(2);
    expect(k['projekte.neu.2017']).toBe(2);
    expect(k['projekte.neu.2019']).toBe(0);
    expect(k['projekte.neu.2016']).toBeUndefined();
  });

  it('sums volumes in cents: 0.10 + 0.20 is exactly 0.3', () => {
    const k = berechneKennzahlen(bestand({
      projekte: [
        projekt('a', { projektvolumen: 10, projektvolumen_bb: 10, foerdervolumen: 10, foerdervolumen_bb: 10, foerdergeber: 'bund' }),
        projekt('b', { projektvolumen: 20, projektvolumen_bb: 0, foerdervolumen: 20, foerdervolumen_bb: 20, foerdergeber: 'eu', status: 'antrag_gestellt' }),
        projekt('c', { projektvolumen: 6_921_500_050, projektvolumen_bb: 6_921_500_050, status: 'regulaer_beendet' }),
      ],
    }), X, 2019);
    expect(k['projekte.neu.2019.foerdervolumen']).toBe(0.3);
    expect(JSON.stringify(k['projekte.neu.2019.projektvolumen_gefoerdert'])).toBe('0.3');
    expect(k['projekte.neu.2019.projektvolumen']).toBe(69215000.8);
    expect(k['projekte.neu.2019.projektvolumen_bb']).toBe(69215000.6);
    expect(k['projekte.neu.2019.projektvolumen_realisiert']).toBe(69215000.6);
    expect(k['projekte.neu.2019.projektvolumen_antizipiert']).toBe(0.2);
  });

  it('breaks FuEuI projects down by Konsortialstruktur and Fördergeber, keine included', () => {
    const k = berechneKennzahlen(bestand({
      projekte: [
        projekt('a', { fueui: true, konsortialstruktur: 'verbund_unternehmen', foerdergeber: 'keine' }),
        projekt('b', { fueui: true, konsortialstruktur: 'verbund_unternehmen', foerdergeber: 'land_berlin', foerdervolumen: 5 }),
        projekt('c', { fueui: false, foerdergeber: 'eu' }),
      ],
    }), X, 2019);
    expect(k['projekte.neu.2019.fueui']).toBe(2);
    expect(k['projekte.neu.2019.fueui.konsortialstruktur.verbund_unternehmen']).toBe(2);
    expect(k['projekte.neu.2019.fueui.foerdergeber.keine']).toBe(1);
    expect(k['projekte.neu.2019.fueui.foerdergeber.land_berlin']).toBe(1);
    expect(k['projekte.neu.2019.fueui.foerdergeber.eu']).toBe(0);
    expect(k['projekte.neu.2019.projektvolumen_gefoerdert']).toBe(200_000);
  });

  it('ignores the lead cluster and repeats in beteiligte_cluster', () => {
    const k = berechneKennzahlen(bestand({
      projekte: [
        projekt('nur-lead', { beteiligte_cluster: [X] }),
        projekt('cc', { beteiligte_cluster: [X, 'energietechnik', 'optik-photonik', 'energietechnik'] }),
      ],
    }), X, 2019);
    expect(k['projekte.neu.2019.crosscluster']).toBe(1);
    expect(k['projekte.neu.2019.crosscluster.beteiligungen.energietechnik']).toBe(1);
    expect(k['projekte.neu.2019.crosscluster.beteiligungen.optik-photonik']).toBe(1);
    expect(k['projekte.neu.2019.crosscluster.beteiligungen.smart-cities']).toBe(0);
    expect(k[`projekte.neu.2019.crosscluster.beteiligungen.${X}`]).toBeUndefined();
  });

  it('lists a Handlungsfeld only from its first year (Leichtbau ab 2020)', () => {
    const daten = bestand({ projekte: [projekt('lb', { laufzeitbeginn: '2020-02-01', handlungsfeld: 'leichtbau' })] });
    const k19 = berechneKennzahlen(daten, X, 2019);
    const k20 = berechneKennzahlen(daten, X, 2020);
    expect(k19['projekte.neu.2019.handlungsfeld.leichtbau']).toBeUndefined();
    expect(k19['aktivitaeten.neu.2019.handlungsfeld.leichtbau']).toBeUndefined();
    expect(k19['projekte.neu.2019.handlungsfeld.uebergreifend']).toBe(0);
    expect(k20['projekte.neu.2020.handlungsfeld.leichtbau']).toBe(1);
    expect(k20['projekte.neu.2019.handlungsfeld.leichtbau']).toBeUndefined();
    expect(k20['aktivitaeten.neu.2020.handlungsfeld.leichtbau']).toBe(0);
  });

  it('counts Leitlinien and Schwerpunkt-Themen once per project', () => {
    const k = berechneKennzahlen(bestand({
      projekte: [projekt('a', { leitlinien: ['nachhaltigkeit', 'nachhaltigkeit'], schwerpunktthemen: ['digitalisierung'] })],
    }), X, 2019);
    expect(k['projekte.neu.2019.leitlinie.nachhaltigkeit']).toBe(1);
    expect(k['projekte.neu.2019.schwerpunktthema.digitalisierung']).toBe(1);
    expect(k['projekte.neu.2019.schwerpunktthema.startups_gruendungen']).toBe(0);
  });

  it('counts only the projects and activities led by the management', () => {
    const k = berechneKennzahlen(bestand({
      projekte: [projekt('fremd', { cluster: 'energietechnik', beteiligte_cluster: [X] })],
      aktivitaeten: [aktivitaet('fremd-a', { cluster: 'optik-photonik' })],
    }), X, 2019);
    expect(k['projekte.neu.2019']).toBe(0);
    expect(k['aktivitaeten.neu.2019']).toBe(0);
  });
});

describe('berechneKennzahlen: Sonstige Aktivitäten', () => {
  it('excludes Standardaktivitäten and activities abgesagt before the Stichtag', () => {
    const k = berechneKennzahlen(bestand({
      aktivitaeten: [
        aktivitaet('ok', { teilnehmende: 50, beteiligte_cluster: ['optik-photonik'] }),
        aktivitaet('std', { standardaktivitaet: true, teilnehmende: 12 }),
        aktivitaet('abgesagt', { status: 'abgesagt', status_seit: '2019-04-20', teilnehmende: 30 }),
        aktivitaet('ohne', { format: 'konferenz', handlungsfeld: 'uebergreifend' }),
        aktivitaet('alt', { beginn: '2018-10-01', format: 'forum', teilnehmende: 7 }),
      ],
    }), X, 2019);
    expect(k['aktivitaeten.neu.2019']).toBe(2);
    expect(k['aktivitaeten.neu.2019.teilnehmende']).toBe(50);
    expect(k['aktivitaeten.neu.2019.format.workshop']).toBe(1);
    expect(k['aktivitaeten.neu.2019.format.konferenz']).toBe(1);
    expect(k['aktivitaeten.neu.2019.handlungsfeld.uebergreifend']).toBe(1);
    expect(k['aktivitaeten.neu.2019.crosscluster']).toBe(1);
    expect(k['aktivitaeten.neu.2019.crosscluster.beteiligungen.optik-photonik']).toBe(1);
    expect(k['aktivitaeten.neu.2018']).toBe(1);
    expect(k['aktivitaeten.neu.2018.format.forum']).toBe(1);
    expect(k['aktivitaeten.neu.2017']).toBeUndefined();
  });
});

describe('berechneKennzahlen: actors', () => {
  it('rolls a faculty up to its university, while a Fraunhofer institute counts itself', () => {
    const k = berechneKennzahlen(bestand({
      projekte: [projekt('p')],
      akteure: [
        akteur('uni', { typ: 'hochschule', beschaeftigte: undefined }),
        akteur('fak', { typ: 'hochschule', uebergeordnet: 'uni', beschaeftigte: undefined }),
        akteur('fhg', { typ: 'forschungsinstitut', sitz: 'extern', beschaeftigte: undefined }),
        akteur('ipk', { typ: 'forschungsinstitut', uebergeordnet: 'fhg', beschaeftigte: undefined }),
        akteur('izm', { typ: 'forschungsinstitut', uebergeordnet: 'fhg', beschaeftigte: undefined }),
      ],
      beteiligungen: [beteiligung('p', 'fak'), beteiligung('p', 'uni'), beteiligung('p', 'ipk'), beteiligung('p', 'izm')],
    }), X, 2019);
    expect(k['akteure.2019']).toBe(3);
    expect(k['akteure.2019.typ.hochschule']).toBe(1);
    expect(k['akteure.2019.typ.forschungsinstitut']).toBe(2);
    expect(k['akteure.2019.herkunft.berlin']).toBe(3);
    expect(k['akteure.2019.herkunft.extern']).toBe(0);
  });

  it('counts a subsidiary seated outside as its Berlin top parent, with the parent\'s size', () => {
    const k = berechneKennzahlen(bestand({
      aktivitaeten: [aktivitaet('a')],
      akteure: [
        akteur('konzern', { sitz: 'berlin', beschaeftigte: 5000 }),
        akteur('mitte', { sitz: 'brandenburg', beschaeftigte: 300, uebergeordnet: 'konzern' }),
        akteur('tochter', { sitz: 'extern', beschaeftigte: 8, uebergeordnet: 'mitte' }),
      ],
      beteiligungen: [beteiligung('a', 'tochter')],
    }), X, 2019);
    expect(k['akteure.2019']).toBe(1);
    expect(k['akteure.2019.herkunft.berlin']).toBe(1);
    expect(k['akteure.2019.herkunft.extern']).toBe(0);
    expect(k['akteure.2019.unternehmen.groessenklasse.250+']).toBe(1);
    expect(k['akteure.2019.unternehmen.groessenklasse.1-9']).toBe(0);
    expect(k['akteure.2019.projekte']).toBe(0);
  });

  it('counts a repeated participation once and separates the projects-only figures', () => {
    const k = berechneKennzahlen(bestand({
      projekte: [projekt('p')],
      aktivitaeten: [aktivitaet('a')],
      akteure: [akteur('u1', { beschaeftigte: 9 }), akteur('u2', { beschaeftigte: undefined, groessenklasse: '10-49' }), akteur('v', { typ: 'verein', beschaeftigte: undefined })],
      beteiligungen: [beteiligung('p', 'u1'), beteiligung('p', 'u1'), beteiligung('a', 'u1'), beteiligung('a', 'u2'), beteiligung('a', 'v')],
    }), X, 2019);
    expect(k['akteure.2019']).toBe(3);
    expect(k['akteure.2019.projekte']).toBe(1);
    expect(k['akteure.2019.unternehmen.groessenklasse.1-9']).toBe(1);
    expect(k['akteure.2019.unternehmen.groessenklasse.10-49']).toBe(1);
    expect(k['akteure.2019.projekte.unternehmen.groessenklasse.1-9']).toBe(1);
    expect(k['akteure.2019.projekte.unternehmen.groessenklasse.10-49']).toBe(0);
    expect(k['akteure.2019.typ.verein']).toBe(1);
  });

  it('derives the Größenklasse from beschaeftigte at the class borders', () => {
    const grenzen = [1, 9, 10, 49, 50, 249, 250];
    const k = berechneKennzahlen(bestand({
      aktivitaeten: [aktivitaet('a')],
      akteure: grenzen.map((n) => akteur(`u${n}`, { beschaeftigte: n })),
      beteiligungen: grenzen.map((n) => beteiligung('a', `u${n}`)),
    }), X, 2019);
    expect(k['akteure.2019.unternehmen.groessenklasse.1-9']).toBe(2);
    expect(k['akteure.2019.unternehmen.groessenklasse.10-49']).toBe(2);
    expect(k['akteure.2019.unternehmen.groessenklasse.50-249']).toBe(2);
    expect(k['akteure.2019.unternehmen.groessenklasse.250+']).toBe(1);
  });

  it('takes actors of excluded Vorhaben and of other years out, and counts each year with its own Vorhaben', () => {
    const k = berechneKennzahlen(bestand({
      projekte: [projekt('weg', { status: 'abgesagt', status_seit: '2019-06-01' }), projekt('p18', { laufzeitbeginn: '2018-01-10' })],
      aktivitaeten: [aktivitaet('std', { standardaktivitaet: true })],
      akteure: [akteur('a'), akteur('b'), akteur('c')],
      beteiligungen: [beteiligung('weg', 'a'), beteiligung('std', 'b'), beteiligung('p18', 'c')],
    }), X, 2019);
    expect(k['akteure.2019']).toBe(0);
    expect(k['akteure.2018']).toBe(1);
    expect(k['akteure.2018.projekte']).toBe(1);
  });
});
