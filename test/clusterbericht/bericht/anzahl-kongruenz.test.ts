// The clusterbericht sentences agree with their counts of 0, 1 and 2 (the sample, 2015, has none of 0 or 1):
// "Dazu kam ein … betreuter Ansatz", "keine Netzwerke", "an dem", "seiner … seines", "kein Unternehmen",
// "je ein Energieaudit", "Darunter war eine Tagung", no "zusammen" for a single Vorhaben.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BerichtKontext } from '../../../src/clusterbericht/bericht/bericht-kontext.js';
import {
  saetzeForschung, saetzeGeschaeftsverkehr, saetzeNetzwerke, saetzeSchutzrechte, saetzeVorbemerkung,
} from '../../../src/clusterbericht/bericht/saetze-kapitel-1-2.js';
import { saetzeInvestitionen, saetzeManagementsysteme, saetzeVeranstaltungen } from '../../../src/clusterbericht/bericht/saetze-kapitel-3-6.js';
import { berechneClusterberichtKennzahlen } from '../../../src/clusterbericht/kennzahlen/berechne-clusterbericht-kennzahlen.js';
import type { ClusterberichtTabellen } from '../../../src/clusterbericht/typen.js';
import type { Kennzahlen } from '../../../src/bericht/berichtsformat.js';
import { marke, ohneMarke } from '../../../src/nachweis/marke.js';
import { ladeBeispiel, SMAB } from '../lade-beispiel.js';

let daten: ClusterberichtTabellen;
let kennzahlen: Kennzahlen;
beforeAll(async () => {
  daten = await ladeBeispiel();
  kennzahlen = berechneClusterberichtKennzahlen(daten, SMAB, 2015);
});

/** The context of 2015 with `anders` Kennzahlen, unmarked (as in the PDF) or with the builders' own marks. */
function kontext(anders: Record<string, number>, markiert = false): BerichtKontext {
  return { daten, cluster: SMAB, name: 'Sondermaschinen- und Anlagenbau', land: 'Sachsen-Anhalt', jahr: 2015, k: { ...kennzahlen, ...anders }, marke: markiert ? marke : ohneMarke };
}

describe('chapters 1 and 2', () => {
  it.each([
    [0, 'Im Jahr 2015 zählte der Cluster Sondermaschinen- und Anlagenbau keine Mitgliedsunternehmen.'],
    [1, 'Im Jahr 2015 zählte der Cluster Sondermaschinen- und Anlagenbau ein Mitgliedsunternehmen.'],
    [2, 'Im Jahr 2015 zählte der Cluster Sondermaschinen- und Anlagenbau 2 Mitgliedsunternehmen.'],
  ])('%i members', (m, satz) => {
    expect(saetzeVorbemerkung(kontext({ 'eckdaten.mitgliedsunternehmen': m })).mitglieder).toBe(satz);
  });

  it.each([
    [0, ''],
    [1, 'Dazu kam ein im Jahr 2015 betreuter Ansatz für neue Netzwerke:'],
    [2, 'Dazu kamen zwei im Jahr 2015 betreute Ansätze für neue Netzwerke:'],
  ])('%i approaches for new networks', (a, satz) => {
    expect(saetzeNetzwerke(kontext({ 'netzwerke.netzwerkansatz': a })).ansaetzeSatz).toBe(satz);
  });

  const NETZ = 'Im Jahr 2015 betreute das Clustermanagement';
  it.each([
    [0, 0, 0, `${NETZ} keine Netzwerke von Unternehmen mit Forschungseinrichtungen.`],
    [1, 0, 1, `${NETZ} ein Netzwerk von Unternehmen mit Forschungseinrichtungen, an dem zusammen keine Unternehmen und eine Forschungseinrichtung beteiligt waren.`],
    [1, 1, 0, `${NETZ} ein Netzwerk von Unternehmen mit Forschungseinrichtungen, an dem zusammen ein Unternehmen und keine Forschungseinrichtungen beteiligt waren.`],
    [2, 2, 2, `${NETZ} 2 Netzwerke von Unternehmen mit Forschungseinrichtungen, an denen zusammen 2 Unternehmen und 2 Forschungseinrichtungen beteiligt waren.`],
  ])('%i networks with %i companies and %i research institutions', (n, u, f, satz) => {
    expect(saetzeNetzwerke(kontext({ 'netzwerke.netzwerk': n, 'netzwerke.unternehmen': u, 'netzwerke.forschungseinrichtungen': f })).satz).toBe(satz);
  });

  it.each([
    [0, 'Im Jahr 2015 begleitete das Clustermanagement keine komplexen Forschungsaufgaben von Unternehmen.'],
    [1, 'Im Jahr 2015 begleitete das Clustermanagement eine komplexe Forschungsaufgabe von Unternehmen:'],
    [2, 'Im Jahr 2015 begleitete das Clustermanagement 2 komplexe Forschungsaufgaben von Unternehmen:'],
  ])('%i research topics', (n, satz) => {
    expect(saetzeForschung(kontext({ 'forschungsthemen.anzahl': n })).satz).toBe(satz);
  });

  it.each([
    [0, 0, 'Im Jahr 2015 wurden keine Fördervorhaben zu Schutzrechten bearbeitet.'],
    [1, 0, 'Im Jahr 2015 wurde ein Fördervorhaben zu Schutzrechten bearbeitet, davon keines mit Schutzrechtsanmeldung.'],
    [1, 1, 'Im Jahr 2015 wurde ein Fördervorhaben zu Schutzrechten bearbeitet, davon 1 mit Schutzrechtsanmeldung (100 %).'],
    [2, 0, 'Im Jahr 2015 wurden 2 Fördervorhaben zu Schutzrechten bearbeitet, davon keines mit Schutzrechtsanmeldung.'],
    [2, 1, 'Im Jahr 2015 wurden 2 Fördervorhaben zu Schutzrechten bearbeitet, davon 1 mit Schutzrechtsanmeldung (50 %).'],
  ])('%i Fördervorhaben, %i with a filing', (n, a, satz) => {
    expect(saetzeSchutzrechte(kontext({ 'schutzrechte.foerdervorhaben': n, 'schutzrechte.anmeldungen': a })).satz).toBe(satz);
  });

  const IT = 'Im Jahr 2015 wurden';
  it.each([
    [0, 0, 0, 0, `${IT} in keinem Unternehmen betriebliche IT-Lösungen analysiert und keine Veranstaltungen für Unternehmen durchgeführt.`],
    [1, 1, 25, 1, `${IT} in einem Unternehmen betriebliche IT-Lösungen analysiert, und es wurde eine Veranstaltung für Unternehmen mit 25 Teilnehmenden durchgeführt (1 als Veranstalter).`],
    [2, 2, 0, 1, `${IT} in 2 Unternehmen betriebliche IT-Lösungen analysiert und 2 Veranstaltungen für Unternehmen durchgeführt (1 als Veranstalter, 1 als Mitveranstalter).`],
    [2, 2, 40, 0, `${IT} in 2 Unternehmen betriebliche IT-Lösungen analysiert und 2 Veranstaltungen für Unternehmen mit zusammen 40 Teilnehmenden durchgeführt (2 als Mitveranstalter).`],
  ])('IT analyses in %i companies, %i events with %i participants, %i as organiser', (it_, v, t, eigen, satz) => {
    const k = { 'leistungen.it_analyse': it_, 'veranstaltungen.durchgefuehrt': v, 'veranstaltungen.teilnehmende': t, 'veranstaltungen.rolle.veranstalter': eigen, 'veranstaltungen.rolle.mitveranstalter': v - eigen };
    expect(saetzeGeschaeftsverkehr(kontext(k))).toBe(satz);
  });
});

describe('chapters 3 to 6', () => {
  const QM = 'bei der Analyse';
  it.each([
    [0, `Im Jahr 2015 wurden keine Unternehmen ${QM} ihrer betrieblichen Prozesse und der Vorbereitung der Zertifizierung ihres Qualitätsmanagementsystems unterstützt.`],
    [1, `Im Jahr 2015 wurde ein Unternehmen ${QM} seiner betrieblichen Prozesse und der Vorbereitung der Zertifizierung seines Qualitätsmanagementsystems unterstützt.`],
    [2, `Im Jahr 2015 wurden 2 Unternehmen ${QM} ihrer betrieblichen Prozesse und der Vorbereitung der Zertifizierung ihres Qualitätsmanagementsystems unterstützt.`],
  ])('QM support for %i companies', (n, satz) => {
    expect(saetzeManagementsysteme(kontext({ 'leistungen.qualitaetsmanagement': n })).qm).toBe(satz);
  });

  it.each([
    [0, 'Für kein Unternehmen führte das Clustermanagement im Jahr 2015 ein Energieaudit durch.'],
    [1, 'Für ein Unternehmen führte das Clustermanagement im Jahr 2015 ein Energieaudit durch.'],
    [2, 'Für 2 Unternehmen führte das Clustermanagement im Jahr 2015 je ein Energieaudit durch.'],
  ])('energy audits for %i companies', (n, satz) => {
    expect(saetzeManagementsysteme(kontext({ 'leistungen.energieaudit': n })).energieaudit).toBe(satz);
  });

  it.each([
    [1, 'Im Jahr 2015 begleitete das Clustermanagement ein Investitionsvorhaben der Branche mit 700.000 €:'],
    [2, 'Im Jahr 2015 begleitete das Clustermanagement 2 Investitionsvorhaben der Branche mit zusammen 700.000 €, davon 2 mit GRW-Zuschuss und 1 mit Bankfinanzierung:'],
  ])('%i investments', (n, satz) => {
    expect(saetzeInvestitionen(kontext({ 'investitionen.anzahl': n })).satz.replace(/\u00a0/g, ' ')).toBe(satz);
  });

  const arten = (je: Record<string, number>): Record<string, number> => ({
    'veranstaltungen.art.tagung': 0, 'veranstaltungen.art.workshop': 0, 'veranstaltungen.art.arbeitskreis': 0, 'veranstaltungen.art.messe': 0,
    'veranstaltungen.art.dialog': 0, 'veranstaltungen.art.schulung': 0, 'veranstaltungen.art.sonstige': 0,
    ...Object.fromEntries(Object.entries(je).map(([a, m]) => [`veranstaltungen.art.${a}`, m])),
  });
  it.each([
    [{ tagung: 1 }, 'Darunter war eine Tagung.'],
    [{ workshop: 1 }, 'Darunter war ein Workshop.'],
    [{ tagung: 2 }, 'Darunter waren 2 Tagungen.'],
    [{ workshop: 1, messe: 1 }, 'Darunter waren 1 Workshop und 1 Messe.'],
  ])('events by kind %o', (je, satz) => {
    expect(saetzeVeranstaltungen(kontext(arten(je))).arten).toBe(satz);
  });

  it('the word of a single event carries its key', () => {
    expect(saetzeVeranstaltungen(kontext(arten({ workshop: 1 }), true)).arten).toBe(`Darunter war ${marke('veranstaltungen.art.workshop', 'ein')} Workshop.`);
  });
});
