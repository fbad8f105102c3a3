import { describe, expect, it } from 'vitest';
import { berechneClusterberichtKennzahlen } from '../../../src/clusterbericht/kennzahlen/berechne-clusterbericht-kennzahlen.js';
import { umsatzJeBeschaeftigten } from '../../../src/clusterbericht/kennzahlen/umsatz-je-beschaeftigten.js';
import { C, eckdaten, gruendung, investition, leer, leistung, netzwerk, schutzrecht, segment, veranstaltung } from './bauer.js';

describe('berechneClusterberichtKennzahlen', () => {
  it('gives every key of the contract as 0 for a year without rows (no segment keys then)', () => {
    const k = berechneClusterberichtKennzahlen(leer(), C, 2015);
    const je = (p: string, werte: string[]): string[] => werte.map((w) => `${p}.${w}`);
    expect(Object.keys(k).sort()).toEqual([
      'eckdaten.mitgliedsunternehmen', 'eckdaten.personal_mannjahre', 'eckdaten.kosten', 'branche.unternehmen',
      ...je('netzwerke', ['netzwerk', 'netzwerkansatz', 'unternehmen', 'forschungseinrichtungen']),
      'forschungsthemen.anzahl', 'forschungsthemen.volumen', 'schutzrechte.foerdervorhaben', 'schutzrechte.anmeldungen',
      ...je('leistungen', ['it_analyse', 'qualitaetsmanagement', 'energieaudit', 'beratung', 'sonstige']),
      'veranstaltungen.anzahl', 'veranstaltungen.durchgefuehrt', 'veranstaltungen.teilnehmende',
      ...je('veranstaltungen.art', ['tagung', 'workshop', 'arbeitskreis', 'messe', 'dialog', 'schulung', 'sonstige']),
      ...je('veranstaltungen.rolle', ['veranstalter', 'mitveranstalter', 'unterstuetzer', 'aussteller']),
      'investitionen.anzahl', 'investitionen.volumen', ...je('investitionen.finanzierung', ['grw_zuschuss', 'bankfinanzierung', 'eigenmittel', 'sonstige']),
      'gruendungen.anzahl', ...je('gruendungen.rechtsform', ['gmbh', 'ug', 'ag', 'gbr', 'einzelunternehmen', 'sonstige']),
    ].sort());
    expect(Object.values(k).every((w) => w === 0)).toBe(true);
  });

  it('takes the rows of the cluster and year only; events by the year of `beginn`', () => {
    const d = leer();
    d.eckdaten.push(eckdaten({ jahr: 2014, mitgliedsunternehmen: 99 }), eckdaten({ cluster: 'x' }), eckdaten({ mitgliedsunternehmen: 126, personal_mannjahre: 200, kosten: 200_000_00 }));
    d.veranstaltungen.push(veranstaltung({ beginn: '2014-12-31', ende: '2015-01-02' }), veranstaltung({ beginn: '2015-12-31', teilnehmende: 5 }), veranstaltung({ beginn: '2016-01-01' }));
    const k = berechneClusterberichtKennzahlen(d, C, 2015);
    expect([k['eckdaten.mitgliedsunternehmen'], k['eckdaten.personal_mannjahre'], k['eckdaten.kosten']]).toEqual([126, 2, 200000]);
    expect([k['veranstaltungen.anzahl'], k['veranstaltungen.teilnehmende']]).toEqual([1, 5]);
  });

  it('counts participants of durchgeführte events only (Veranstalter, Mitveranstalter)', () => {
    const d = leer();
    d.veranstaltungen.push(
      veranstaltung({ rolle: 'veranstalter', teilnehmende: 10 }), veranstaltung({ rolle: 'mitveranstalter', teilnehmende: 20 }),
      veranstaltung({ rolle: 'unterstuetzer', teilnehmende: 400, art: 'tagung' }), veranstaltung({ rolle: 'aussteller', art: 'messe' }),
    );
    const k = berechneClusterberichtKennzahlen(d, C, 2015);
    expect([k['veranstaltungen.anzahl'], k['veranstaltungen.durchgefuehrt'], k['veranstaltungen.teilnehmende']]).toEqual([4, 2, 30]);
    expect([k['veranstaltungen.art.workshop'], k['veranstaltungen.art.tagung'], k['veranstaltungen.art.messe'], k['veranstaltungen.rolle.aussteller']]).toEqual([2, 1, 1, 1]);
  });

  it('counts distinct companies per service, trimmed and case-insensitive', () => {
    const d = leer();
    d.leistungen.push(leistung({ unternehmen: 'Müller GmbH' }), leistung({ unternehmen: ' MÜLLER GMBH ' }), leistung({ unternehmen: 'Schulz AG' }), leistung({ art: 'energieaudit', unternehmen: 'Müller GmbH' }));
    const k = berechneClusterberichtKennzahlen(d, C, 2015);
    expect([k['leistungen.it_analyse'], k['leistungen.energieaudit'], k['leistungen.beratung']]).toEqual([2, 1, 0]);
  });

  it('gives segment figures as given (0 when empty) and sums the companies', () => {
    const d = leer();
    d.branche.push(segment({ segment: 'a', unternehmen: 487, beschaeftigte: 3470, umsatz: 603_041_000_00, exportanteil: 2450 }), segment({ segment: 'b', unternehmen: 17 }));
    const k = berechneClusterberichtKennzahlen(d, C, 2015);
    expect([k['branche.a.umsatz'], k['branche.a.exportanteil'], k['branche.a.umsatz_je_beschaeftigten'], k['branche.b.umsatz_je_beschaeftigten'], k['branche.b.beschaeftigte']]).toEqual([603041000, 24.5, 173787, 0, 0]);
    expect(k['branche.unternehmen']).toBe(504);
  });

  it('counts networks by kind and sums companies and institutes over networks only', () => {
    const d = leer();
    d.netzwerke.push(netzwerk({ unternehmen: 8, forschungseinrichtungen: 1 }), netzwerk({ unternehmen: 9 }), netzwerk({ art: 'netzwerkansatz', unternehmen: 50, forschungseinrichtungen: 5 }));
    const k = berechneClusterberichtKennzahlen(d, C, 2015);
    expect([k['netzwerke.netzwerk'], k['netzwerke.netzwerkansatz'], k['netzwerke.unternehmen'], k['netzwerke.forschungseinrichtungen']]).toEqual([2, 1, 17, 1]);
  });

  it('sums amounts in cents: 0,10 € + 0,20 € = 0,3 €', () => {
    const d = leer();
    d.investitionen.push(investition({ volumen: 10, finanzierung: 'grw_zuschuss' }), investition({ volumen: 20 }));
    d.schutzrechte.push(schutzrecht({ anmeldung: true }), schutzrecht());
    d.gruendungen.push(gruendung(), gruendung({ rechtsform: 'ug' }));
    const k = berechneClusterberichtKennzahlen(d, C, 2015);
    expect([k['investitionen.volumen'], k['investitionen.finanzierung.grw_zuschuss'], k['investitionen.finanzierung.eigenmittel']]).toEqual([0.3, 1, 1]);
    expect([k['schutzrechte.foerdervorhaben'], k['schutzrechte.anmeldungen'], k['gruendungen.rechtsform.ug']]).toEqual([2, 1, 1]);
  });
});

describe('umsatzJeBeschaeftigten', () => {
  it('rounds half up to whole euros, exactly', () => {
    expect(umsatzJeBeschaeftigten(150, 1)).toBe(2); // 1,50 €
    expect(umsatzJeBeschaeftigten(149, 1)).toBe(1);
    expect(umsatzJeBeschaeftigten(3 * 100 + 150, 3)).toBe(2); // 1,50 € per head
    expect(umsatzJeBeschaeftigten(984_110_242_500, 51_639)).toBe(190_575);
  });
  it('is 0 when revenue or employees are missing', () => {
    expect([umsatzJeBeschaeftigten(undefined, 3), umsatzJeBeschaeftigten(100, undefined), umsatzJeBeschaeftigten(100, 0)]).toEqual([0, 0, 0]);
  });
});
