// nachweis for every family of keys, against hand-computed records (file, line, id, title, amount).
import { describe, expect, it } from 'vitest';
import { berechneBelege } from '../../../src/ewm/kennzahlen/berechne-belege.js';
import { nachweisAusBelegen } from '../../../src/ewm/kennzahlen/nachweis-aus-belegen.js';
import { nachweisAlsDatei } from '../../../src/nachweis/nachweis-als-datei.js';
import type { NachweisDatei } from '../../../src/nachweis/typen.js';
import { akteur, aktivitaet, bestand, beteiligung, projekt } from './bauer.js';

const X = 'industrielle-produktion';
const q = (datei: string, zeile: number) => ({ quelle: { datei, zeile } });
const p = (datei: string, zeile: number, id: string) => ({ datei, zeile, id, titel: `Projekt ${id}` });
const a = (zeile: number, id: string) => ({ datei: 'aktivitaeten.csv', zeile, id, titel: `Aktivität ${id}` });

const daten = bestand({
  projekte: [
    projekt('P1', { ...q('projekte.csv', 2), foerdergeber: 'bund', foerdervolumen: 40_000_00, foerdervolumen_bb: 40_000_00, fueui: true, konsortialstruktur: 'verbund_forschung', leitlinien: ['nachhaltigkeit'] }),
    projekt('P2', { ...q('projekte.csv', 3), projektvolumen: 50_000_50, projektvolumen_bb: 50_000_50, status: 'antrag_gestellt', beteiligte_cluster: ['smart-cities', 'energietechnik'], handlungsfeld: 'additive-fertigung' }),
    projekt('P3', { ...q('projekte.csv', 4), status: 'abgebrochen', status_seit: '2019-11-30' }),
    projekt('P4', { ...q('projekte.csv', 5), status: 'abgebrochen', status_seit: '2020-02-01' }),
    projekt('P5', { ...q('projekte.csv', 6), laufzeitbeginn: '2017-05-01', laufzeitende: '2018-12-31' }),
    projekt('P6', { ...q('projekte.csv', 7), laufzeitbeginn: '2018-05-01', laufzeitende: '2020-12-31', cluster: 'smart-cities' }),
  ],
  aktivitaeten: [
    aktivitaet('S1', { ...q('aktivitaeten.csv', 2), teilnehmende: 40, format: 'konferenz' }),
    aktivitaet('S2', { ...q('aktivitaeten.csv', 3), standardaktivitaet: true, teilnehmende: 10 }),
    aktivitaet('S3', { ...q('aktivitaeten.csv', 4), teilnehmende: 12 }),
  ],
  akteure: [
    akteur('K1', { ...q('akteure.csv', 2), name: 'Universität', typ: 'hochschule' }),
    akteur('K2', { ...q('akteure.csv', 3), name: 'Fakultät', typ: 'hochschule', uebergeordnet: 'K1' }),
    akteur('K3', { ...q('akteure.csv', 4), name: 'Institut', typ: 'forschungsinstitut', sitz: 'brandenburg', uebergeordnet: 'K1' }),
  ],
  beteiligungen: [
    { ...beteiligung('P1', 'K2'), ...q('beteiligungen.csv', 2) },
    { ...beteiligung('S1', 'K1'), ...q('beteiligungen.csv', 3) },
    { ...beteiligung('S1', 'K3'), ...q('beteiligungen.csv', 4) },
    { ...beteiligung('P3', 'K3'), ...q('beteiligungen.csv', 5) },
  ],
});
const n: NachweisDatei = nachweisAlsDatei(nachweisAusBelegen(berechneBelege(daten, X, 2019), 2019, X, daten.akteure));
const k = (s: string) => n.kennzahlen[s];

describe('nachweis: projects', () => {
  it('projekte.neu.J: the new projects; one cancelled before the Stichtag is excluded with the reason, one cancelled later counts', () => {
    expect(k('projekte.neu.2019')).toEqual({
      wert: 3,
      datensaetze: [p('projekte.csv', 2, 'P1'), p('projekte.csv', 3, 'P2'), p('projekte.csv', 5, 'P4')],
      ausgeschlossen: [{ ...p('projekte.csv', 4, 'P3'), grund: 'abgebrochen seit 30.11.2019, am oder vor dem Stichtag 31.12.2019' }],
    });
    expect(k('projekte.neu.2017')?.datensaetze).toEqual([p('projekte.csv', 6, 'P5')]);
  });
  it('projekte.begleitet.Y: running in Y, the other management\'s project not', () => {
    expect(k('projekte.begleitet.2019')?.datensaetze.map((d) => d.id)).toEqual(['P1', 'P2', 'P4']);
    expect(k('projekte.begleitet.2019')?.ausgeschlossen?.map((d) => d.id)).toEqual(['P3']);
  });
  it('status, Fördergeber, Konsortialstruktur, Handlungsfeld, Leitlinie: the records of each category', () => {
    expect(k('projekte.neu.2019.status.antrag_gestellt')).toEqual({ wert: 1, datensaetze: [p('projekte.csv', 3, 'P2')] });
    expect(k('projekte.neu.2019.status.abgebrochen')).toEqual({ wert: 1, datensaetze: [p('projekte.csv', 5, 'P4')] });
    expect(k('projekte.neu.2019.fueui.konsortialstruktur.verbund_forschung')).toEqual({ wert: 1, datensaetze: [p('projekte.csv', 2, 'P1')] });
    expect(k('projekte.neu.2019.fueui.foerdergeber.keine')).toEqual({ wert: 0, datensaetze: [] });
    expect(k('projekte.neu.2019.handlungsfeld.additive-fertigung')).toEqual({ wert: 1, datensaetze: [p('projekte.csv', 3, 'P2')] });
    expect(k('projekte.neu.2019.leitlinie.nachhaltigkeit')).toEqual({ wert: 1, datensaetze: [p('projekte.csv', 2, 'P1')] });
  });
  it('Cross Cluster and Beteiligungen anderer Cluster', () => {
    expect(k('projekte.neu.2019.crosscluster')?.datensaetze.map((d) => d.id)).toEqual(['P2']);
    expect(k('projekte.neu.2019.crosscluster.beteiligungen.energietechnik')?.datensaetze.map((d) => d.id)).toEqual(['P2']);
    expect(k('projekte.neu.2019.crosscluster.beteiligungen.optik-photonik')?.wert).toBe(0);
  });
  it('sums: each record with its amount in euros, the value their sum', () => {
    expect(k('projekte.neu.2019.projektvolumen')).toEqual({
      wert: 250_000.5,
      einheit: 'euro',
      datensaetze: [{ ...p('projekte.csv', 2, 'P1'), betrag: 100_000 }, { ...p('projekte.csv', 3, 'P2'), betrag: 50_000.5 }, { ...p('projekte.csv', 5, 'P4'), betrag: 100_000 }],
    });
    expect(k('projekte.neu.2019.projektvolumen_gefoerdert')).toEqual({ wert: 100_000, einheit: 'euro', datensaetze: [{ ...p('projekte.csv', 2, 'P1'), betrag: 100_000 }] });
    expect(k('projekte.neu.2019.projektvolumen_antizipiert')?.datensaetze.map((d) => d.id)).toEqual(['P2']);
    expect(k('projekte.neu.2019.foerdervolumen')?.wert).toBe(40_000);
  });
});

describe('nachweis: Sonstige Aktivitäten', () => {
  it('aktivitaeten.neu.J without the Standardaktivität (excluded with the reason); format; Teilnehmende as amounts', () => {
    expect(k('aktivitaeten.neu.2019')).toEqual({
      wert: 2,
      datensaetze: [a(2, 'S1'), a(4, 'S3')],
      ausgeschlossen: [{ ...a(3, 'S2'), grund: 'Standardaktivität (zählt nicht als neu initiierte Aktivität)' }],
    });
    expect(k('aktivitaeten.neu.2019.format.konferenz')).toEqual({ wert: 1, datensaetze: [a(2, 'S1')] });
    expect(k('aktivitaeten.neu.2019.teilnehmende')).toEqual({ wert: 52, datensaetze: [{ ...a(2, 'S1'), betrag: 40 }, { ...a(4, 'S3'), betrag: 12 }] });
  });
});

describe('nachweis: actors', () => {
  it('akteure.J: the Zähleinheiten (faculty → university, institute on its own) with the participations through which they count', () => {
    expect(k('akteure.2019')).toEqual({
      wert: 2,
      datensaetze: [
        { datei: 'akteure.csv', zeile: 2, id: 'K1', titel: 'Universität', ueber: [
          { akteur: 'K2', vorhaben: 'P1', datei: 'beteiligungen.csv', zeile: 2 },
          { akteur: 'K1', vorhaben: 'S1', datei: 'beteiligungen.csv', zeile: 3 },
        ] },
        { datei: 'akteure.csv', zeile: 4, id: 'K3', titel: 'Institut', ueber: [{ akteur: 'K3', vorhaben: 'S1', datei: 'beteiligungen.csv', zeile: 4 }] },
      ],
    });
  });
  it('akteure.J.projekte: projects only (the institute took part in an activity and in an excluded project)', () => {
    expect(k('akteure.2019.projekte')?.datensaetze.map((d) => [d.id, d.ueber?.map((b) => b.vorhaben)])).toEqual([['K1', ['P1']]]);
    expect(k('akteure.2019.herkunft.brandenburg')?.datensaetze.map((d) => d.id)).toEqual(['K3']);
    expect(k('akteure.2019.projekte.herkunft.brandenburg')?.wert).toBe(0);
  });
  it('merkmale: the deciding fields of every record named, for vergleich', () => {
    expect(n.merkmale['projekte.csv#P3']).toMatchObject({ Status: 'abgebrochen', 'Status seit': '30.11.2019', Laufzeitbeginn: '01.03.2019' });
    expect(n.merkmale['akteure.csv#K2']).toMatchObject({ Übergeordnet: 'K1' });
  });
});
