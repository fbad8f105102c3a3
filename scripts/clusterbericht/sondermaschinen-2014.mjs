// Sample records of the Cluster Sondermaschinen- und Anlagenbau for the report year 2014: an invented but
// plausible year before the published 2015 report, so the format is seen working for more than one year.
import { firmen } from './firmen.mjs';

const J = 2014;
const QUELLE = 'Statistisches Bundesamt, Fachserie 4 R. 4.1.4, 2013';

export const eckdaten = [{ jahr: J, mitgliedsunternehmen: 121, personal_mannjahre: 2.25, kosten: 212_500, finanzierung: 'Einnahmen aus Dienstleistungen für Unternehmen der Branche' }];

export const branche = [
  { jahr: J, segment: 'maschinen-anlagenbau', bezeichnung: 'Metallbe- und -verarbeitung/Maschinenbau', bezugsjahr: 2013, unternehmen: 479, beschaeftigte: 50_912, umsatz: 9_602_000_000, exportanteil: 34, quelle: QUELLE },
  { jahr: J, segment: 'reparatur-instandsetzung', bezeichnung: 'Reparatur und Instandsetzung von Maschinen und Ausrüstungen', bezugsjahr: 2013, unternehmen: 131, quelle: QUELLE },
  { jahr: J, segment: 'sonstiger-fahrzeugbau', bezeichnung: 'Sonstiger Fahrzeugbau', bezugsjahr: 2013, unternehmen: 16, quelle: QUELLE },
  { jahr: J, segment: 'kraftwagen-teile', bezeichnung: 'Herstellung von Kraftwagen und Kraftwagenteilen', bezugsjahr: 2013, unternehmen: 28, beschaeftigte: 3_391, umsatz: 581_270_000, exportanteil: 23, quelle: QUELLE },
];

export const netzwerke = [
  { jahr: J, name: 'ePower – Formula 3', art: 'netzwerk', unternehmen: 8, forschungseinrichtungen: 1, seit: '2012-07-01',
    beschreibung: 'Ein elektrisch angetriebener Rennwagen entsteht nach einer gemeinsamen Forschungs-Roadmap; der Fahrzeugaufbau wurde 2014 begonnen.' },
  { jahr: J, name: 'Industrial REMAN', art: 'netzwerk', unternehmen: 6, forschungseinrichtungen: 2, seit: '2014-03-01',
    beschreibung: 'Aus einer Bedarfsanalyse entstand ein Verbund zur Wiederaufbereitung gebrauchter Motoren; die ersten Projektskizzen wurden eingereicht.' },
  { jahr: J, name: 'Wertstoffe aus Pflanzenölen', art: 'netzwerkansatz' },
  { jahr: J, name: 'Industriearmaturen', art: 'netzwerkansatz' },
];

export const forschungsthemen = [
  ['Automatisierte Prüfzelle für Getriebegehäuse', 540_000],
  ['Leichtbau-Greifer für Handhabungsroboter', 310_000],
  ['Verschleißschutzschichten für Förderschnecken', 420_000],
  ['Energieeffiziente Trocknungsanlage für Schüttgüter', 610_000],
  ['Zustandsüberwachung von Industriearmaturen', 380_000],
  ['Modulares Spannsystem für Großteile', 290_000],
  ['Recyclinggerechte Demontage von Elektromotoren', 460_000],
  ['Sensorgestützte Schweißnahtprüfung', 240_000],
].map(([titel, volumen]) => ({ jahr: J, titel, volumen }));

export const schutzrechte = [
  { jahr: J, unternehmen: 'Fördertechnik Jerichower Land GmbH', gegenstand: 'Kettenspanner für Schrägförderer', anmeldung: true, beispiel: true, ergebnis: 'Gebrauchsmuster eingetragen' },
  { jahr: J, unternehmen: 'Sensorik Bode UG', gegenstand: 'Füllstandssensor für Silos', anmeldung: true, beispiel: true, ergebnis: 'Patent angemeldet, Lizenzgespräche laufen' },
  { jahr: J, unternehmen: 'Holzform Altmark GmbH', gegenstand: 'Steckverbindung für Möbelbauteile ohne Beschläge', anmeldung: true, beispiel: true, ergebnis: 'Kleinserie gefertigt' },
  ...firmen(230, 21).map((unternehmen, i) => ({ jahr: J, unternehmen, anmeldung: i < 3 })),
];

export const leistungen = [
  ...firmen(10, 58).map((unternehmen) => ({ jahr: J, art: 'it_analyse', unternehmen })),
  ...firmen(100, 5).map((unternehmen) => ({ jahr: J, art: 'qualitaetsmanagement', unternehmen })),
  ...firmen(110, 4).map((unternehmen) => ({ jahr: J, art: 'energieaudit', unternehmen })),
  ...firmen(120, 9).map((unternehmen) => ({ jahr: J, art: 'beratung', unternehmen })),
];

const v = (beginn, titel, art, rolle, teilnehmende, o = {}) => ({ beginn, titel, art, rolle, teilnehmende, ort: 'Magdeburg', ...o });
export const veranstaltungen = [
  v('2014-01-22', 'Kammerdialog: Förderperiode 2014–2020', 'dialog', 'veranstalter', 74),
  v('2014-02-19', 'Kammerdialog: Nachfolge im Familienunternehmen', 'dialog', 'veranstalter', 58),
  v('2014-03-12', 'Workshop Ressourceneffizienz im Maschinenbau', 'workshop', 'veranstalter', 42),
  v('2014-03-31', 'Hannover Messe Industrie', 'messe', 'aussteller', undefined, { ende: '2014-04-04', ort: 'Hannover' }),
  v('2014-04-16', 'Kammerdialog: Märkte in Osteuropa', 'dialog', 'veranstalter', 81),
  v('2014-05-14', '3. ENERGIEFORUM Sachsen-Anhalt', 'tagung', 'veranstalter', 95, { hervorheben: true }),
  v('2014-06-18', 'Kammerdialog: Fachkräfte aus der Region', 'dialog', 'veranstalter', 66),
  v('2014-06-26', 'Workshop Wiederaufbereitung von Motoren', 'workshop', 'veranstalter', 31, { hervorheben: true }),
  v('2014-09-10', 'Schulung Qualitätsmanagement für Zulieferer', 'schulung', 'veranstalter', 19),
  v('2014-09-17', 'Kammerdialog: Digitale Auftragsabwicklung', 'dialog', 'veranstalter', 70),
  v('2014-10-15', 'Kammerdialog: Energiekosten senken', 'dialog', 'veranstalter', 88),
  v('2014-11-06', 'Workshop Betriebliche IT-Lösungen', 'workshop', 'mitveranstalter', 45),
  v('2014-11-20', 'Unternehmertag Maschinenbau', 'tagung', 'mitveranstalter', 130, { hervorheben: true }),
  v('2014-12-10', 'Kammerdialog: Jahresrückblick 2014', 'dialog', 'veranstalter', 62),
];

export const investitionen = [
  { jahr: J, unternehmen: 'Stahlbaubetrieb', ort: 'Schönebeck', volumen: 1_200_000, finanzierung: 'grw_zuschuss' },
  { jahr: J, unternehmen: 'Zerspanungsbetrieb', ort: 'Halberstadt', volumen: 480_000, finanzierung: 'grw_zuschuss' },
  { jahr: J, unternehmen: 'Anlagenbauer', ort: 'Genthin', volumen: 350_000, finanzierung: 'eigenmittel' },
  { jahr: J, unternehmen: 'Getriebehersteller', ort: 'Magdeburg', volumen: 2_100_000, finanzierung: 'bankfinanzierung' },
];

export const gruendungen = [
  { jahr: J, ort: 'Magdeburg', geschaeftszweck: 'Ingenieurdienstleistungen in der Automatisierungstechnik', rechtsform: 'gmbh' },
  { jahr: J, ort: 'Schönebeck', geschaeftszweck: 'Bau von Prüfständen', rechtsform: 'ug' },
  { jahr: J, ort: 'Halle (Saale)', geschaeftszweck: 'Software für die Fertigungsplanung', rechtsform: 'gmbh' },
];
