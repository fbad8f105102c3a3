// Sample records of the Cluster Sondermaschinen- und Anlagenbau for the report year 2015. The figures reproduce
// the published report (test/clusterbericht/golden/sondermaschinen-anlagenbau-2015.json); company names of the
// IP and service rows are invented (firmen.mjs). Amounts in euros, dates ISO.
import { firmen } from './firmen.mjs';

const J = 2015;
const QUELLE = 'Statistisches Bundesamt, Fachserie 4 R. 4.1.4, 2014';

export const eckdaten = [{ jahr: J, mitgliedsunternehmen: 126, personal_mannjahre: 2, kosten: 200_000, finanzierung: 'Einnahmen aus Dienstleistungen für Unternehmen der Branche' }];

export const branche = [
  { jahr: J, segment: 'maschinen-anlagenbau', bezeichnung: 'Metallbe- und -verarbeitung/Maschinenbau', bezugsjahr: 2014, unternehmen: 487, beschaeftigte: 51_639, umsatz: 9_841_102_425, exportanteil: 35, quelle: QUELLE },
  { jahr: J, segment: 'reparatur-instandsetzung', bezeichnung: 'Reparatur und Instandsetzung von Maschinen und Ausrüstungen', bezugsjahr: 2014, unternehmen: 138, quelle: QUELLE },
  { jahr: J, segment: 'sonstiger-fahrzeugbau', bezeichnung: 'Sonstiger Fahrzeugbau', bezugsjahr: 2014, unternehmen: 17, quelle: QUELLE },
  { jahr: J, segment: 'kraftwagen-teile', bezeichnung: 'Herstellung von Kraftwagen und Kraftwagenteilen', bezugsjahr: 2014, unternehmen: 29, beschaeftigte: 3_470, umsatz: 603_041_000, exportanteil: 24, quelle: QUELLE },
];

export const netzwerke = [
  { jahr: J, name: 'ePower – Formula 3', art: 'netzwerk', unternehmen: 8, forschungseinrichtungen: 1, seit: '2012-07-01', status: 'abgeschlossen',
    beschreibung: 'Entwicklung eines elektrisch angetriebenen Rennwagens nach einer gemeinsam abgestimmten Forschungs-Roadmap; Ende des II. Quartals 2015 erfolgreich abgeschlossen.' },
  { jahr: J, name: 'Industrial REMAN', art: 'netzwerk', unternehmen: 9, forschungseinrichtungen: 3, seit: '2014-03-01',
    beschreibung: 'Firmenverbund zur Wiederaufbereitung gebrauchter Motoren zu neuwertigen Motoren und Motor-Elektrostationen; Forschungsprojekte aus Bundesprogrammen seit 2015 in der Umsetzung.' },
  { jahr: J, name: 'Wertstoffe aus Pflanzenölen', art: 'netzwerk', unternehmen: 7, forschungseinrichtungen: 1, seit: '2014-09-01',
    beschreibung: 'Abtrennung von Minorkomponenten aus der Verarbeitung von Pflanzenölen und Phytoextrakten auf Grundlage eines patentierten Verfahrens.' },
  { jahr: J, name: 'Industriearmaturen', art: 'netzwerkansatz' },
  { jahr: J, name: 'Schienenfahrzeuge', art: 'netzwerkansatz' },
  { jahr: J, name: 'Zementanlagenbau', art: 'netzwerkansatz' },
];

export const forschungsthemen = [
  ['Verfahrensansätze zur Porosizierung von Siliziumwafern im Massendurchsatz', 620_000],
  ['Transportabler Lösungsmittelbehälter für den Einsatz unter Tage', 380_000],
  ['Strahlungsbeständiges Messinstrument', 450_000],
  ['Elektrochemische Wasserstoffgewinnung aus Strom als Alternative zur Elektrolyse', 710_000],
  ['Produktanalyse zur Verringerung von Verpackungsartikeln', 180_000],
  ['Produkte aus Holz-Polymer-Werkstoffen (WPC)', 240_000],
  ['Verpackungstechnologie für Güterwaggons und Triebwagen', 390_000],
  ['Bluetooth-Sensoren für Alarmanlagen', 260_000],
  ['Radiometrische Erzerkundung mit Röntgenstrahlung', 420_000],
  ['Aufbereitung gebrauchter Speiseöle und -fette', 450_000],
].map(([titel, volumen]) => ({ jahr: J, titel, volumen }));

const beispiele = [
  { unternehmen: 'Probentechnik Altmark GmbH', gegenstand: 'Probennehmer für körnige Güter', ergebnis: 'Patent wirtschaftlich verwertet; Innovation des Monats im SIGNO-Portal' },
  { unternehmen: 'Vliesmode Elbaue UG', gegenstand: 'Accessoires und Kleidung aus Vliesstoff aus Polyethylen hoher Dichte', ergebnis: 'im Online-Handel und in Modeläden erhältlich; zwei Designpreise 2015' },
  { unternehmen: 'Düngetechnik Börde Ingenieurbüro', gegenstand: 'Anlage zur Herstellung von Phosphat- und Mehrnährstoffdüngern', ergebnis: 'Prototyp erfolgreich erprobt' },
  { unternehmen: 'Laservermessung Harz GmbH', gegenstand: 'Mehrteilige Referenzkugel für die Laservermessung', ergebnis: 'Produkt am Markt verfügbar' },
];
export const schutzrechte = [
  ...beispiele.map((b) => ({ jahr: J, ...b, anmeldung: true, beispiel: true })),
  ...firmen(200, 25).map((unternehmen, i) => ({ jahr: J, unternehmen, anmeldung: i < 4 })),
];

// 65 companies with an IT analysis (one analysed twice, spelled differently), 7 QM, 9 energy audits (one is tti itself).
const it = firmen(0, 65);
export const leistungen = [
  ...it.map((unternehmen) => ({ jahr: J, art: 'it_analyse', unternehmen })),
  { jahr: J, art: 'it_analyse', unternehmen: ` ${it[3].toUpperCase()} ` },
  ...firmen(65, 7).map((unternehmen) => ({ jahr: J, art: 'qualitaetsmanagement', unternehmen })),
  ...[...firmen(72, 8), 'tti Technologietransfer und Innovationsförderung Magdeburg GmbH'].map((unternehmen) => ({ jahr: J, art: 'energieaudit', unternehmen })),
  ...firmen(80, 12).map((unternehmen) => ({ jahr: J, art: 'beratung', unternehmen })),
];

const v = (beginn, titel, art, rolle, teilnehmende, o = {}) => ({ beginn, titel, art, rolle, teilnehmende, ort: 'Magdeburg', ...o });
const hervor = { hervorheben: true };
export const veranstaltungen = [
  v('2015-01-21', 'Kammerdialog: Fachkräftesicherung im Maschinenbau', 'dialog', 'veranstalter', 63),
  v('2015-02-10', 'Schulung Qualitätsmanagement nach DIN EN ISO 9001:2015', 'schulung', 'veranstalter', 23),
  v('2015-02-18', 'Kammerdialog: Exportfinanzierung nach dem Russland-Embargo', 'dialog', 'veranstalter', 77),
  v('2015-03-05', 'Workshop Energieeffizienz in der Fertigung', 'workshop', 'veranstalter', 47),
  v('2015-03-18', 'Kammerdialog: Förderprogramme des Landes 2015', 'dialog', 'veranstalter', 86),
  v('2015-03-26', 'Kooperationsbörse Schienenfahrzeugbau', 'sonstige', 'veranstalter', 48, { ort: 'Stendal' }),
  v('2015-04-13', 'Hannover Messe Industrie', 'messe', 'aussteller', undefined, { ende: '2015-04-17', ort: 'Hannover' }),
  v('2015-04-22', 'Kammerdialog: Industrie 4.0 im Mittelstand', 'dialog', 'veranstalter', 99),
  v('2015-04-24', 'Auftakt des Leitmarkt-Arbeitskreises „Energie, Maschinen- und Anlagenbau, Ressourceneffizienz“', 'arbeitskreis', 'unterstuetzer', undefined),
  v('2015-05-07', 'Workshop Betriebliche IT-Lösungen für Produktionsbetriebe', 'workshop', 'veranstalter', 56),
  v('2015-05-20', '4. ENERGIEFORUM Sachsen-Anhalt', 'tagung', 'veranstalter', 80, hervor),
  v('2015-06-10', 'Arbeitskreis Zementanlagenbau', 'arbeitskreis', 'veranstalter', 14, { ort: 'Dessau-Roßlau' }),
  v('2015-06-17', 'Kammerdialog: Wiederaufbereitung als Geschäftsmodell', 'dialog', 'veranstalter', 68),
  v('2015-06-25', 'Workshop Forschungs-Roadmap Industrial REMAN', 'workshop', 'mitveranstalter', 39),
  v('2015-07-15', 'Kammerdialog: Energieaudit-Pflicht nach dem EDL-G', 'dialog', 'veranstalter', 92),
  v('2015-08-25', 'Arbeitskreis Remanufacturing, 1. Arbeitsgruppentreffen', 'arbeitskreis', 'veranstalter', 10, hervor),
  v('2015-09-03', 'Workshop Plasmatechnologien für Industriearmaturen', 'workshop', 'mitveranstalter', 44),
  v('2015-09-16', 'Kammerdialog: IT-Sicherheit in der Produktion', 'dialog', 'veranstalter', 73),
  v('2015-09-28', 'Industriemesse Plovdiv', 'messe', 'aussteller', undefined, { ende: '2015-10-03', ort: 'Plovdiv' }),
  v('2015-09-30', '12. Magdeburger Maschinenbau-Tage „SMART, EFFIZIENT, MOBIL“', 'tagung', 'unterstuetzer', undefined, { ende: '2015-10-01' }),
  v('2015-10-08', 'Schulung Energiemanagement nach DIN EN ISO 50001', 'schulung', 'veranstalter', 27),
  v('2015-10-14', 'Arbeitskreis Remanufacturing, 2. Arbeitsgruppentreffen', 'arbeitskreis', 'veranstalter', 12),
  v('2015-10-21', 'Kammerdialog: Schutzrechte für Neueinsteiger', 'dialog', 'veranstalter', 60),
  v('2015-11-05', 'Workshop Mittelstand 4.0: digitale Prozesse', 'workshop', 'mitveranstalter', 71, { ort: 'Chemnitz' }),
  v('2015-11-19', 'Perspektiven und Herausforderungen der Industrie in den neuen Bundesländern', 'dialog', 'mitveranstalter', 100, hervor),
  v('2015-11-26', 'Netzwerktreffen Industriearmaturen', 'sonstige', 'veranstalter', 37),
  v('2015-12-09', 'Kammerdialog: Ausblick auf das Jahr 2016', 'dialog', 'veranstalter', 81),
];

export const investitionen = [
  { jahr: J, unternehmen: 'Metallbaubetrieb', ort: 'Staßfurt', volumen: 250_000, finanzierung: 'grw_zuschuss' },
  { jahr: J, unternehmen: 'Industriearmaturenhersteller', ort: 'Magdeburg', volumen: 300_000, finanzierung: 'grw_zuschuss' },
  { jahr: J, unternehmen: 'Maschinenbaubetrieb', ort: 'Burg', volumen: 150_000, finanzierung: 'bankfinanzierung' },
];

export const gruendungen = [
  { jahr: J, ort: 'Klötze', geschaeftszweck: 'Entwicklung und Herstellung von Türzargen und Türen mit intelligenten Lichtsystemen', rechtsform: 'gmbh' },
  { jahr: J, ort: 'Berlin', geschaeftszweck: 'Thermografiegeräte für die Automobilproduktion', rechtsform: 'gmbh' },
  { jahr: J, ort: 'Barleben', geschaeftszweck: 'Technologieberatung', rechtsform: 'gmbh' },
  { jahr: J, ort: 'Nürnberg', geschaeftszweck: 'Onlinehandel mit Bekleidung', rechtsform: 'ug' },
  { jahr: J, ort: 'Magdeburg', geschaeftszweck: 'Entwicklung und Herstellung von Industriearmaturen', rechtsform: 'gmbh' },
];
