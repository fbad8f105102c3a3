// clusterbericht nachweis for every family of keys, against hand-computed rows (file, line, id = datei:zeile, title, amount).
import { describe, expect, it } from 'vitest';
import { berechneClusterberichtBelege } from '../../../src/clusterbericht/kennzahlen/berechne-clusterbericht-belege.js';
import { clusterberichtDefinition } from '../../../src/clusterbericht/kennzahlen/clusterbericht-definition.js';
import { clusterberichtNachweis } from '../../../src/clusterbericht/kennzahlen/clusterbericht-nachweis.js';
import { nachweisAlsDatei } from '../../../src/nachweis/nachweis-als-datei.js';
import type { NachweisDatei } from '../../../src/nachweis/typen.js';
import { C, eckdaten, gruendung, investition, leer, leistung, netzwerk, schutzrecht, segment, veranstaltung } from './bauer.js';

const h = (datei: string, zeile: number) => ({ herkunft: { datei, zeile } });
const r = (datei: string, zeile: number, titel: string) => ({ datei, zeile, id: `${datei}:${zeile}`, titel });

const daten = {
  ...leer(),
  eckdaten: [eckdaten({ ...h('eckdaten.csv', 2), jahr: 2014, mitgliedsunternehmen: 99 }), eckdaten({ ...h('eckdaten.csv', 3), mitgliedsunternehmen: 126, personal_mannjahre: 250, kosten: 200_000_00 })],
  branche: [
    segment({ ...h('branche.csv', 2), segment: 'mb', bezeichnung: 'Maschinenbau', unternehmen: 479, beschaeftigte: 3, umsatz: 1000_00, exportanteil: 3450 }),
    segment({ ...h('branche.csv', 3), segment: 'ri', bezeichnung: 'Reparatur', unternehmen: 131 }),
  ],
  netzwerke: [
    netzwerk({ ...h('netzwerke.csv', 2), name: 'ePower', unternehmen: 8, forschungseinrichtungen: 1 }),
    netzwerk({ ...h('netzwerke.csv', 3), name: 'REMAN', unternehmen: 6 }),
    netzwerk({ ...h('netzwerke.csv', 4), name: 'Neu', art: 'netzwerkansatz', unternehmen: 50 }),
  ],
  forschungsthemen: [{ cluster: C, jahr: 2015, titel: 'Prüfzelle', volumen: 540_000_00, ...h('forschungsthemen.csv', 2) }, { cluster: C, jahr: 2015, titel: 'Greifer', ...h('forschungsthemen.csv', 3) }],
  schutzrechte: [schutzrecht({ ...h('schutzrechte.csv', 2), unternehmen: 'Sensorik UG', gegenstand: 'Sensor', anmeldung: true }), schutzrecht({ ...h('schutzrechte.csv', 3), unternehmen: 'Stahl AG' })],
  leistungen: [
    leistung({ ...h('leistungen.csv', 2), unternehmen: 'A GmbH' }),
    leistung({ ...h('leistungen.csv', 3), unternehmen: ' a gmbh ' }),
    leistung({ ...h('leistungen.csv', 4), unternehmen: 'B AG', art: 'energieaudit' }),
  ],
  veranstaltungen: [
    veranstaltung({ ...h('veranstaltungen.csv', 2), titel: 'Tagung', beginn: '2015-03-01', art: 'tagung', teilnehmende: 74 }),
    veranstaltung({ ...h('veranstaltungen.csv', 3), titel: 'Messe', beginn: '2015-05-02', art: 'messe', rolle: 'aussteller', teilnehmende: 900 }),
    veranstaltung({ ...h('veranstaltungen.csv', 4), titel: 'Alt', beginn: '2014-12-31' }),
  ],
  investitionen: [
    investition({ ...h('investitionen.csv', 2), unternehmen: 'Stahlbaubetrieb', ort: 'Schönebeck', volumen: 1_200_000_00, finanzierung: 'grw_zuschuss' }),
    investition({ ...h('investitionen.csv', 3), unternehmen: 'Zerspaner', ort: 'Halberstadt', volumen: 480_000_50 }),
  ],
  gruendungen: [gruendung({ ...h('gruendungen.csv', 2), ort: 'Magdeburg', geschaeftszweck: 'Ingenieurdienste', rechtsform: 'ug' })],
};
const n: NachweisDatei = nachweisAlsDatei(clusterberichtNachweis(berechneClusterberichtBelege(daten, C, 2015), 2015, C));
const k = (s: string) => n.kennzahlen[s];

describe('clusterbericht nachweis: hand-computed rows per key family', () => {
  it('eckdaten: the one row of the year, its value as the amount', () => {
    expect(k('eckdaten.mitgliedsunternehmen')).toEqual({ wert: 126, datensaetze: [{ ...r('eckdaten.csv', 3, 'Eckdaten 2015'), betrag: 126 }] });
    expect(k('eckdaten.personal_mannjahre')).toEqual({ wert: 2.5, datensaetze: [{ ...r('eckdaten.csv', 3, 'Eckdaten 2015'), betrag: 2.5 }] });
    expect(k('eckdaten.kosten')).toEqual({ wert: 200_000, einheit: 'euro', datensaetze: [{ ...r('eckdaten.csv', 3, 'Eckdaten 2015'), betrag: 200_000 }] });
  });
  it('branche: per segment as given, the ratio of its row, the companies summed over the segments', () => {
    expect(k('branche.mb.exportanteil')).toEqual({ wert: 34.5, datensaetze: [{ ...r('branche.csv', 2, 'Maschinenbau'), betrag: 34.5 }] });
    expect(k('branche.mb.umsatz_je_beschaeftigten')).toEqual({ wert: 333, einheit: 'euro', datensaetze: [{ ...r('branche.csv', 2, 'Maschinenbau'), betrag: 333 }] });
    expect(k('branche.ri.beschaeftigte')).toEqual({ wert: 0, datensaetze: [{ ...r('branche.csv', 3, 'Reparatur'), betrag: 0 }] });
    expect(k('branche.unternehmen')).toEqual({ wert: 610, datensaetze: [{ ...r('branche.csv', 2, 'Maschinenbau'), betrag: 479 }, { ...r('branche.csv', 3, 'Reparatur'), betrag: 131 }] });
  });
  it('netzwerke: rows per art; companies and institutes summed over art = netzwerk only', () => {
    expect(k('netzwerke.netzwerk')).toEqual({ wert: 2, datensaetze: [r('netzwerke.csv', 2, 'ePower'), r('netzwerke.csv', 3, 'REMAN')] });
    expect(k('netzwerke.netzwerkansatz')).toEqual({ wert: 1, datensaetze: [r('netzwerke.csv', 4, 'Neu')] });
    expect(k('netzwerke.unternehmen')).toEqual({ wert: 14, datensaetze: [{ ...r('netzwerke.csv', 2, 'ePower'), betrag: 8 }, { ...r('netzwerke.csv', 3, 'REMAN'), betrag: 6 }] });
    expect(k('netzwerke.forschungseinrichtungen')?.wert).toBe(1);
  });
  it('forschungsthemen and schutzrechte: rows, sum of volumen (empty = 0), rows with anmeldung', () => {
    expect(k('forschungsthemen.volumen')).toEqual({
      wert: 540_000, einheit: 'euro', datensaetze: [{ ...r('forschungsthemen.csv', 2, 'Prüfzelle'), betrag: 540_000 }, { ...r('forschungsthemen.csv', 3, 'Greifer'), betrag: 0 }],
    });
    expect(k('forschungsthemen.anzahl')?.wert).toBe(2);
    expect(k('schutzrechte.anmeldungen')).toEqual({ wert: 1, datensaetze: [r('schutzrechte.csv', 2, 'Sensorik UG: Sensor')] });
    expect(k('schutzrechte.foerdervorhaben')?.datensaetze.map((d) => d.id)).toEqual(['schutzrechte.csv:2', 'schutzrechte.csv:3']);
  });
  it('leistungen: one row per distinct company, the repeated one left out naming the first', () => {
    expect(k('leistungen.it_analyse')).toEqual({
      wert: 1, datensaetze: [r('leistungen.csv', 2, 'A GmbH')],
      ausgeschlossen: [{ ...r('leistungen.csv', 3, ' a gmbh '), grund: 'dasselbe Unternehmen ist schon gezählt (Zeile 2)' }],
    });
    expect(k('leistungen.energieaudit')).toEqual({ wert: 1, datensaetze: [r('leistungen.csv', 4, 'B AG')] });
    expect(k('leistungen.beratung')).toEqual({ wert: 0, datensaetze: [] });
  });
  it('veranstaltungen: by beginn in the year; durchgeführt and Teilnehmende without the exhibitor role', () => {
    expect(k('veranstaltungen.anzahl')?.datensaetze.map((d) => d.titel)).toEqual(['Tagung (01.03.2015)', 'Messe (02.05.2015)']);
    expect(k('veranstaltungen.durchgefuehrt')).toEqual({
      wert: 1, datensaetze: [r('veranstaltungen.csv', 2, 'Tagung (01.03.2015)')],
      ausgeschlossen: [{ ...r('veranstaltungen.csv', 3, 'Messe (02.05.2015)'), grund: 'Rolle „aussteller“: nicht selbst oder mit anderen veranstaltet' }],
    });
    expect(k('veranstaltungen.teilnehmende')).toEqual({ wert: 74, datensaetze: [{ ...r('veranstaltungen.csv', 2, 'Tagung (01.03.2015)'), betrag: 74 }] });
    expect(k('veranstaltungen.art.messe')?.wert).toBe(1);
    expect(k('veranstaltungen.rolle.aussteller')?.datensaetze.map((d) => d.id)).toEqual(['veranstaltungen.csv:3']);
  });
  it('investitionen and gruendungen: rows, the sum in euros to the cent, rows per value', () => {
    expect(k('investitionen.volumen')).toEqual({
      wert: 1_680_000.5, einheit: 'euro',
      datensaetze: [{ ...r('investitionen.csv', 2, 'Stahlbaubetrieb, Schönebeck'), betrag: 1_200_000 }, { ...r('investitionen.csv', 3, 'Zerspaner, Halberstadt'), betrag: 480_000.5 }],
    });
    expect(k('investitionen.finanzierung.grw_zuschuss')?.datensaetze.map((d) => d.id)).toEqual(['investitionen.csv:2']);
    expect(k('gruendungen.rechtsform.ug')).toEqual({ wert: 1, datensaetze: [r('gruendungen.csv', 2, 'Ingenieurdienste, Magdeburg')] });
    expect(k('gruendungen.rechtsform.gmbh')).toEqual({ wert: 0, datensaetze: [] });
  });
  it('merkmale: the fields of every row named, amounts and dates as the report shows them', () => {
    expect(n.merkmale['investitionen.csv#investitionen.csv:3']).toMatchObject({ volumen: '480.000,50 €', ort: 'Halberstadt' });
    expect(n.merkmale['veranstaltungen.csv#veranstaltungen.csv:3']).toMatchObject({ beginn: '02.05.2015', rolle: 'aussteller' });
  });
  it('every key has a German definition', () => {
    for (const s of Object.keys(n.kennzahlen)) expect(clusterberichtDefinition(s), s).toMatch(/[a-zäöü]/);
    expect(clusterberichtDefinition('gibt.es.nicht')).toBeUndefined();
  });
});
