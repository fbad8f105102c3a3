// Sample data of the Cluster Energietechnik (joint cluster of Berlin and Brandenburg): a strong 2018 and fewer
// but larger new Vorhaben in 2019 (a decrease), a new Handlungsfeld "Wasserstoff und Sektorkopplung" from 2019.
import { werkzeugeFuer } from './werkzeuge.mjs';

const IP = 'industrielle-produktion', OP = 'optik-photonik', SC = 'smart-cities', CT = 'clean-technologies';
const G = 'gesundheitswirtschaft', I = 'ikt-medien-kreativwirtschaft', V = 'verkehr-mobilitaet-logistik';
const EE = 'energieeffizienztechnologien', TK = 'turbomaschinen-kraftwerkstechnik', NS = 'energienetze-energiespeicher';
const WS = 'wind-solarenergie', H2 = 'wasserstoff-sektorkopplung';

/** Adds the Vorhaben, actors and participations of Energietechnik to the generator's context `k`. */
export function erzeugeEnergietechnik(k) {
  const w = werkzeugeFuer(k, 'energietechnik', 'ET');
  const { akteur: a } = k;

  // ---------------------------------------------------------------- projekte
  const p17 = w.projekte(2017, [
    ['01-09', 'Effiziente Drucklufterzeugung in Gewerbebetrieben', EE, { ende: '2018-06-29', pv: 420000, fv: 210000, fg: 'berlin', programm: 'ProFIT', ks: 'vu' }],
    ['01-30', 'Verdichterschaufeln aus neuen Werkstoffen', TK, { ende: '2019-09-30', pv: 3600000, fv: 1800000, fg: 'bund', programm: '6. Energieforschungsprogramm', ks: 'vuf' }],
    ['02-20', 'Batteriespeicher für Quartiersnetze', NS, { ende: '2019-06-28', pv: 2100000, fv: 1050000, fg: 'bb', programm: 'RENplus', ks: 'vu' }],
    ['03-06', 'Prognosesystem für Windparks', WS, { ende: '2018-12-21', pv: 680000, fv: 340000, fg: 'bund', programm: 'ZIM', ks: 'vuf' }],
    ['03-27', 'Abwärmenutzung in der Lebensmittelindustrie', EE, { ende: '2018-09-28', pv: 540000, fv: 270000, fg: 'bb', programm: 'RENplus', ks: 'vu', mit: ['ernaehrungswirtschaft'] }],
    ['04-18', 'Brennkammer-Prüfstand für Gasturbinen', TK, { pv: 5400000, pvbb: 4900000, fv: 2700000, fvbb: 2450000, fg: 'bund', programm: '6. Energieforschungsprogramm', ks: 'vuf' }],
    ['05-08', 'Zustandsüberwachung im Verteilnetz', NS, { ende: '2019-04-30', pv: 950000, fv: 475000, fg: 'eu', programm: 'EFRE', ks: 'vuf' }],
    ['05-29', 'Agri-Photovoltaik auf Brandenburger Flächen', WS, { ende: '2019-10-31', pv: 1250000, fv: 625000, fg: 'bb', programm: 'ProFIT Brandenburg', ks: 'vuf' }],
    ['06-19', 'Energieeffizienz-Netzwerk Mittelstand', EE, { ende: '2019-06-28', pv: 180000, fg: 'keine' }],
    ['07-10', 'Servicekonzepte für Industriegasturbinen', TK, { ende: '2018-12-14', pv: 760000, fg: 'keine', ks: 'eu_u' }],
    ['08-14', 'Redox-Flow-Speicher für Gewerbebetriebe', NS, { ende: '2019-12-20', pv: 1400000, fv: 700000, fg: 'bund', programm: 'KMU-innovativ', ks: 'vu' }],
    ['09-04', 'Rotorblatt-Inspektion mit Drohnen', WS, { ende: '2018-11-30', pv: 390000, fv: 195000, fg: 'bund', programm: 'ZIM', ks: 'eu_u' }],
    ['10-02', 'Hocheffiziente Pumpen für Fernwärmenetze', EE, { ende: '2019-03-29', pv: 610000, fv: 305000, fg: 'berlin', programm: 'ProFIT', ks: 'vu' }],
    ['10-23', 'Wärmespeicher aus Industriekeramik', NS, { status: 'abgebrochen', seit: '2018-05-31', pv: 820000, fv: 410000, fg: 'bund', programm: 'ZIM', ks: 'vuf' }],
    ['11-13', 'Solarthermie für Mehrfamilienhäuser', WS, { ende: '2019-05-31', pv: 470000, fv: 235000, fg: 'berlin', programm: 'Berliner Programm für Nachhaltige Entwicklung', ks: 'vuf' }],
    ['12-04', 'Dampfturbinen-Retrofit für Stadtwerke', TK, { status: 'abgesagt', seit: '2017-12-20', pv: 2000000, fg: 'keine', ks: 'vu' }],
  ]);
  const p18 = w.projekte(2018, [
    ['01-15', 'Digitaler Zwilling für Gasturbinen', TK, { pv: 6200000, fv: 3100000, fg: 'bund', programm: '7. Energieforschungsprogramm', ks: 'vuf', mit: [IP] }],
    ['01-29', 'Lastmanagement in Gewerbegebieten', NS, { ende: '2019-12-20', pv: 1150000, fv: 575000, fg: 'bb', programm: 'RENplus', ks: 'vu' }],
    ['02-12', 'Energieeffiziente Rechenzentren', EE, { pv: 2300000, fv: 1150000, fg: 'berlin', programm: 'Berliner Programm für Nachhaltige Entwicklung', ks: 'vuf', mit: [I] }],
    ['02-26', 'Photovoltaik-Fassaden für Gewerbebauten', WS, { ende: '2019-11-29', pv: 880000, fv: 440000, fg: 'berlin', programm: 'ProFIT', ks: 'vu' }],
    ['03-12', 'Sektorübergreifender Speicherverbund', NS, { pv: 3400000, fv: 1700000, fg: 'bund', programm: 'Förderinitiative Energiespeicher', ks: 'vuf' }],
    ['03-26', 'Verschleißschutzschichten für Turbinenlaufräder', TK, { ende: '2019-12-13', pv: 1050000, fv: 525000, fg: 'bund', programm: 'ZIM', ks: 'vu' }],
    ['04-16', 'Kleinwindanlagen für landwirtschaftliche Betriebe', WS, { ende: '2019-06-28', pv: 430000, fv: 215000, fg: 'bb', programm: 'Brandenburgischer Innovationsgutschein', ks: 'eu_u' }],
    ['05-07', 'Wärmepumpen für den Geschosswohnungsbau', EE, { pv: 1600000, fv: 800000, fg: 'bund', programm: 'KMU-innovativ', ks: 'vuf' }],
    ['05-28', 'Netzleittechnik für Energiegemeinschaften', NS, { ende: '2019-09-30', pv: 720000, fv: 360000, fg: 'bund', programm: 'ZIM', ks: 'vu' }],
    ['06-18', 'Energiemonitoring für Krankenhäuser', EE, { ende: '2019-04-30', pv: 310000, fv: 155000, fg: 'berlin', programm: 'Transfer BONUS', ks: 'eu_u', mit: [G] }],
    ['07-09', 'Bifaziale Solarmodule im Freifeld', WS, { pv: 2700000, pvbb: 1500000, fv: 1350000, fvbb: 750000, fg: 'eu', programm: 'Horizont 2020', ks: 'vuf' }],
    ['08-20', 'Flexible Kraftwerksfahrweise mit Wärmespeichern', TK, { status: 'abgebrochen', seit: '2019-08-30', pv: 1900000, fv: 950000, fg: 'bund', programm: '7. Energieforschungsprogramm', ks: 'vuf' }],
    ['09-10', 'Elektromobilität im Verteilnetz', NS, { ende: '2019-12-20', pv: 960000, fv: 480000, fg: 'bb', programm: 'RENplus', ks: 'vuf', mit: [V] }],
    ['09-24', 'Effizienzberatung für Handwerksbetriebe', EE, { ende: '2019-06-28', pv: 150000, fv: 75000, fg: 'berlin', programm: 'Berliner Programm für Nachhaltige Entwicklung' }],
    ['10-15', 'Repowering eines Windparks mit Bürgerbeteiligung', WS, { pv: 8500000, fg: 'keine' }],
    ['11-05', 'Abwärmenutzung in Klärwerken', EE, { pv: 640000, fv: 320000, fg: 'berlin', programm: 'Berliner Programm für Nachhaltige Entwicklung', ks: 'vuf', mit: [CT] }],
    ['11-26', 'Speicherkraftwerk am Netzknoten', NS, { pv: 4100000, fg: 'bund', ks: 'vu' }],
  ]);
  const p19 = w.projekte(2019, [
    ['01-21', 'Additiv gefertigte Brennerkomponenten', TK, { status: 'antrag', pv: 3900000, fv: 1950000, fg: 'berlin', programm: 'GRW', ks: 'vuf', mit: [IP, OP], ll: ['Cross Cluster stärken'] }],
    ['02-11', 'Elektrolyseur-Testfeld für grünen Wasserstoff', H2, { status: 'vorb', pv: 12500000, pvbb: 11800000, fg: 'bund', programm: 'Reallabore der Energiewende', ks: 'vuf', sp: ['Reallabore und Testfelder'] }],
    ['03-04', 'Netzdienliches Quartier mit Wärmepumpen und Speichern', NS, { pv: 2800000, fv: 1400000, fg: 'berlin', programm: 'Berliner Programm für Nachhaltige Entwicklung', ks: 'vuf', mit: [SC], sp: ['Reallabore und Testfelder'] }],
    ['03-25', 'Faseroptische Sensorik für Hochspannungskabel', NS, { pv: 1100000, fv: 550000, fg: 'bund', programm: 'ZIM', ks: 'vu', mit: [OP] }],
    ['04-15', 'Power-to-Heat in kommunalen Kläranlagen', H2, { status: 'antrag', pv: 1450000, fv: 725000, fg: 'eu', programm: 'EFRE', ks: 'vuf', mit: [CT], ll: ['Nachhaltigkeit'] }],
    ['05-20', 'Energieeffizienz in der Kunststoffverarbeitung', EE, { ende: '2019-12-13', pv: 380000, fv: 190000, fg: 'bb', programm: 'Brandenburgischer Innovationsgutschein', ks: 'eu_u', mit: ['kunststoffe-chemie'] }],
    ['06-10', 'Wartungsplattform für Windenergieanlagen', WS, { pv: 920000, fv: 460000, fg: 'bund', programm: 'ZIM', ks: 'vu', sp: ['Digitalisierung'] }],
    ['07-08', 'Fachkräftenetzwerk Energiewende', 'uebergreifend', { pv: 240000, fv: 240000, fg: 'bb', programm: 'Fachkräftesicherung', sp: ['Arbeit 4.0 und Fachkräfte'] }],
    ['08-26', 'Solare Prozesswärme für die Industrie', WS, { status: 'antrag', pv: 1300000, fv: 650000, fg: 'bund', programm: '7. Energieforschungsprogramm', ks: 'vuf', mit: [IP] }],
    ['09-16', 'Wasserstoff-Blockheizkraftwerk für Gewerbequartiere', H2, { status: 'abgebrochen', seit: '2020-04-30', pv: 2200000, fv: 1100000, fg: 'bb', programm: 'RENplus', ks: 'vu', mit: [SC] }],
    ['10-28', 'Lebensdauerprognose für Turbinenbauteile', TK, { ende: '2019-12-20', pv: 85000, fv: 59500, fg: 'berlin', programm: 'Transfer BONUS', ks: 'eu_f' }],
    ['04-01', 'Speicherpark für Regelenergie', NS, { status: 'abgesagt', seit: '2019-07-31', pv: 6000000, fg: 'keine', ks: 'vu' }],
  ]);

  // ---------------------------------------------------------------- aktivitaeten
  const a18 = w.aktivitaeten(2018, [
    ['01-17', 'Energietechnik-Jahresauftakt', 'uebergreifend', 'konferenz', { tn: 240 }],
    ['02-07', 'Workshop Turbomaschinen im Wandel', TK, 'workshop', { tn: 45 }],
    ['02-28', 'Forum Energiespeicher', NS, 'forum', { tn: 110 }],
    ['03-14', 'Workshop Energieeffizienz in der Produktion', EE, 'workshop', { tn: 38, mit: [IP] }],
    ['04-04', 'Gemeinschaftsstand Energietechnik auf einer Leitmesse', 'uebergreifend', 'messe', { ende: '2018-04-27' }],
    ['04-25', 'Windbranchentag Brandenburg', WS, 'konferenz', { tn: 160 }],
    ['05-16', 'Workshop Digitalisierung der Verteilnetze', NS, 'workshop', { tn: 40, mit: [I] }],
    ['06-06', 'Forum Solarenergie im Gebäude', WS, 'forum', { tn: 70 }],
    ['06-20', 'Workshop Wärmewende im Quartier', EE, 'workshop', { tn: 35, mit: [SC] }],
    ['08-22', 'Fachkräftetag Energietechnik', 'uebergreifend', 'fachkraefte', { tn: 90 }],
    ['09-05', 'Workshop Kraftwerkstechnik und Flexibilität', TK, 'workshop', { tn: 33 }],
    ['09-19', 'Unternehmerreise Energiespeicher', NS, 'sonstiges', { tn: 15, ende: '2018-09-21' }],
    ['10-10', 'Forum Elektromobilität und Netze', NS, 'forum', { tn: 85, mit: [V] }],
    ['10-24', 'Standortmarketing Energietechnik', 'uebergreifend', 'marketing', { ende: '2018-12-31' }],
    ['11-07', 'Workshop Optische Messtechnik für Energieanlagen', TK, 'workshop', { tn: 28, mit: [OP] }],
    ['11-21', 'Workshop Abwasser als Energiequelle', EE, 'workshop', { tn: 30, mit: [CT] }],
    ['12-05', 'Innovationsforum Wasserstoff', NS, 'forum', { tn: 95 }],
    ['03-01', 'Beiratssitzung Cluster Energietechnik', 'uebergreifend', 'sonstiges', { std: true, tn: 18 }],
  ]);
  const a19 = w.aktivitaeten(2019, [
    ['01-16', 'Energietechnik-Jahresauftakt 2019', 'uebergreifend', 'konferenz', { tn: 260, mit: [IP, OP, SC], ll: ['Cross Cluster stärken'] }],
    ['02-20', 'Workshop Wasserstoff in der Industrie', H2, 'workshop', { tn: 52, mit: [IP] }],
    ['03-13', 'Forum Energiespeicher 2019', NS, 'forum', { tn: 120 }],
    ['04-03', 'Windbranchentag Brandenburg 2019', WS, 'konferenz', { tn: 175 }],
    ['05-08', 'Workshop Energie im smarten Quartier', NS, 'workshop', { tn: 41, mit: [SC], sp: ['Reallabore und Testfelder'] }],
    ['06-05', 'Fachkräftetag Energietechnik 2019', 'uebergreifend', 'fachkraefte', { tn: 85, sp: ['Arbeit 4.0 und Fachkräfte'] }],
    ['06-26', 'Workshop Turbinenbauteile aus dem 3D-Drucker', TK, 'workshop', { tn: 36, mit: [IP, OP] }],
    ['09-04', 'Workshop Kläranlagen als Energiespeicher', H2, 'workshop', { tn: 27, mit: [CT], ll: ['Nachhaltigkeit'] }],
    ['09-25', 'Gemeinschaftsstand Energietechnik auf einer internationalen Leitmesse', 'uebergreifend', 'messe', { ende: '2019-09-27', ll: ['Internationaler aufstellen'] }],
    ['10-16', 'Standortmarketing Energietechnik 2019', 'uebergreifend', 'marketing', { ende: '2019-12-31' }],
    ['11-06', 'Forum Sektorkopplung', H2, 'forum', { tn: 105 }],
    ['11-27', 'Workshop Solarenergie für Gewerbedächer', WS, 'workshop', { tn: 32 }],
    ['03-27', 'Forum Kraftwerke im Wandel', TK, 'forum', { status: 'abgesagt', seit: '2019-03-15' }],
    ['03-06', 'Beiratssitzung Cluster Energietechnik 2019', 'uebergreifend', 'sonstiges', { std: true, tn: 17 }],
  ]);

  // ---------------------------------------------------------------- akteure
  const forschung = [
    a.tuFak, a.htwFb, a.weitereEchte[3], a.ipk, a.bam,
    k.neu('Helmholtz-Zentrum Berlin für Materialien und Energie (HZB)', 'Forschungsinstitut', 'Berlin'),
    a.weitereEchte[0], a.weitereEchte[4],
    k.neu('Deutsches GeoForschungsZentrum GFZ', 'Forschungsinstitut', 'Brandenburg'),
    a.erfundeneForschung[1], a.erfundeneForschung[13],
    k.neu('Technische Hochschule Brandenburg', 'Hochschule', 'Brandenburg'),
    a.weitereEchte[5], a.erfundeneForschung[7], a.erfundeneForschung[4], a.erfundeneForschung[17],
    k.neu('Musterinstitut für Energiesystemtechnik', 'Forschungsinstitut', 'Brandenburg'),
    k.neu('Exempel-Forschungszentrum für Speichertechnik', 'Forschungsinstitut', 'Berlin'),
  ];
  const firmen = w.firmen(
    ['Musterstrom', 'Beispielnetz', 'Exempel-Energie', 'Fiktivwatt', 'Probewind', 'Modellsolar'],
    ['Netztechnik', 'Speichersysteme', 'Turbinenservice', 'Solartechnik', 'Windtechnik', 'Energieberatung', 'Wärmepumpen', 'Leistungselektronik',
      'Kraftwerkstechnik', 'Wasserstofftechnik', 'Messsysteme', 'Energiedaten'],
    'smgkmsgmskmgsmkgsmmsgkmsgmskgmsmgksmgsmkgmsgmskmgs', 'rbrbberebr');
  const weitere = [
    k.neu('Netzwerk Energiespeicher Musterregion', 'Netzwerk', 'Brandenburg'),
    k.neu('Beispielverband Windenergie Exempelland e. V.', 'Verein', 'Brandenburg'),
    k.neu('Stadtwerke Musterfelde GmbH', 'Unternehmen', 'Brandenburg', { groessenklasse: '50-249' }),
    k.neu('Landkreis Musterspree', 'Landkreis/Kommune', 'Brandenburg'),
    a.kommunen[0],
  ];
  const anwender = a.gross.slice(20, 26); // large invented manufacturers that also work with Industrielle Produktion

  // ---------------------------------------------------------------- beteiligungen
  // The key partners of the Erfolgsbeispiele first (burners, electrolysis test field, Fachkräftenetzwerk).
  w.teil(p19[0].id, a.ipk);
  w.teil(p19[1].id, weitere[2], a.tuFak);
  w.teil(p19[7].id, forschung[11], weitere[1]);
  w.besetze(w.gezaehlt(p17, 2017), { forschung: forschung.slice(0, 10), firmen: firmen.slice(0, 20) });
  w.besetze(w.gezaehlt(p18, 2018), { forschung: forschung.slice(0, 12), firmen: firmen.slice(0, 26) });
  w.besetze(w.gezaehlt(a18, 2018), { forschung: forschung.slice(6, 16), firmen: firmen.slice(18, 50), weitere: [...weitere.slice(0, 3), ...anwender] });
  w.besetze(w.gezaehlt(p19, 2019), { forschung: forschung.slice(0, 9), firmen: firmen.slice(10, 26), weitere: anwender.slice(0, 2) });
  w.besetze(w.gezaehlt(a19, 2019), { forschung: forschung.slice(9, 14), firmen: firmen.slice(24, 40), weitere: [...weitere, anwender[2]] });
  for (const v of [...p17, ...p18, ...p19, ...a18, ...a19].filter((x) => x.std || x.status === 'abgesagt')) w.teil(v.id, firmen[30], weitere[0]);
}
