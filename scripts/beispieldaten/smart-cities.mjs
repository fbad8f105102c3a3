// Sample data of the Berlin Teilthema Smart Cities: growth, and in 2019 its first Cross Cluster-Projekte
// (none in 2017 and 2018), with Industrielle Produktion, Energietechnik, Optik und Photonik and Clean Technologies.
import { werkzeugeFuer } from './werkzeuge.mjs';

const IP = 'industrielle-produktion', OP = 'optik-photonik', E = 'energietechnik', CT = 'clean-technologies';
const G = 'gesundheitswirtschaft', V = 'verkehr-mobilitaet-logistik';
const UM = 'urbane-mobilitaet', SG = 'smart-government', SL = 'smart-living';

/** Adds the Vorhaben, actors and participations of Smart Cities to the generator's context `k`. */
export function erzeugeSmartCities(k) {
  const w = werkzeugeFuer(k, 'smart-cities', 'SC');
  const { akteur: a } = k;

  // ---------------------------------------------------------------- projekte
  const p17 = w.projekte(2017, [
    ['02-13', 'Digitale Bürgerdienste im Bezirksamt', SG, { ende: '2018-12-14', pv: 640000, fv: 320000, fg: 'berlin', programm: 'ProFIT', ks: 'vuf' }],
    ['03-20', 'Sensorbasierte Parkraumerfassung', UM, { ende: '2018-10-31', pv: 480000, fv: 240000, fg: 'berlin', programm: 'ProFIT', ks: 'vu' }],
    ['04-24', 'Assistenzsysteme für altersgerechtes Wohnen', SL, { ende: '2019-03-29', pv: 920000, fv: 460000, fg: 'bund', programm: 'KMU-innovativ', ks: 'vuf' }],
    ['05-29', 'Offene Datenplattform für Stadtquartiere', SG, { ende: '2019-06-28', pv: 350000, fv: 350000, fg: 'berlin', programm: 'Zukunftsinitiative Stadtteil' }],
    ['06-26', 'Lastenrad-Verleih im Kiez', UM, { ende: '2018-09-28', pv: 210000, fv: 105000, fg: 'berlin', programm: 'Berliner Programm für Nachhaltige Entwicklung', ks: 'vu' }],
    ['08-28', 'Smart-Home-Plattform für Wohnungsgenossenschaften', SL, { ende: '2019-05-31', pv: 560000, fv: 280000, fg: 'bund', programm: 'ZIM', ks: 'vu' }],
    ['10-09', 'Digitale Bauantragsverfahren', SG, { ende: '2019-12-20', pv: 780000, fv: 390000, fg: 'eu', programm: 'EFRE', ks: 'vuf' }],
    ['11-14', 'Mobilitätsstationen am Stadtrand', UM, { status: 'abgebrochen', seit: '2018-04-30', pv: 300000, fv: 150000, fg: 'berlin', programm: 'ProFIT', ks: 'vu' }],
  ]);
  const p18 = w.projekte(2018, [
    ['01-23', 'Intermodale Mobilitäts-App für Pendelnde', UM, { ende: '2019-10-31', pv: 1100000, fv: 550000, fg: 'bund', programm: 'mFUND', ks: 'vuf' }],
    ['02-27', 'Digitale Schulverwaltung', SG, { ende: '2019-08-30', pv: 450000, fv: 225000, fg: 'berlin', programm: 'ProFIT', ks: 'vu' }],
    ['03-27', 'Gebäudeautomation für Kitas', SL, { ende: '2019-06-28', pv: 380000, fv: 190000, fg: 'berlin', programm: 'Berliner Programm für Nachhaltige Entwicklung', ks: 'eu_u' }],
    ['04-24', 'Urbane Datenplattform für Verkehrsflüsse', UM, { pv: 1600000, fv: 800000, fg: 'bund', programm: 'mFUND', ks: 'vuf' }],
    ['05-29', 'Bürgerbeteiligung online', SG, { ende: '2018-12-14', pv: 160000, fg: 'keine' }],
    ['06-26', 'Sensorik für Stadtbäume', SL, { ende: '2019-09-30', pv: 290000, fv: 145000, fg: 'berlin', programm: 'ProFIT', ks: 'vu' }],
    ['08-21', 'Automatisierter Shuttle im Wohnquartier', UM, { pv: 2400000, fv: 1200000, fg: 'bund', programm: 'Automatisiertes und vernetztes Fahren', ks: 'vuf' }],
    ['10-16', 'Digitale Nachbarschaftsplattform', SL, { ende: '2019-12-20', pv: 230000, fv: 115000, fg: 'berlin', programm: 'Transfer BONUS', ks: 'eu_u' }],
    ['11-20', 'Elektronische Akte für Bezirksämter', SG, { status: 'abgebrochen', seit: '2019-09-30', pv: 700000, fv: 350000, fg: 'berlin', programm: 'ProFIT', ks: 'vu' }],
    ['09-18', 'Smarte Müllbehälter im Straßenraum', SL, { status: 'abgesagt', seit: '2018-11-30', pv: 260000, fg: 'berlin', ks: 'vu' }],
  ]);
  const p19 = w.projekte(2019, [
    ['01-15', 'Reallabor Urbane Produktion und Logistik im Quartier', UM, { pv: 1800000, fv: 900000, fg: 'berlin', programm: 'GRW', ks: 'vuf', mit: [IP, V], ll: ['Cross Cluster stärken'], sp: ['Reallabore und Testfelder'] }],
    ['02-05', 'LiDAR-basierte Verkehrserfassung an Kreuzungen', UM, { pv: 950000, fv: 475000, fg: 'bund', programm: 'mFUND', ks: 'vuf', mit: [OP] }],
    ['02-26', 'Energieautarkes Stadtquartier', SL, { status: 'antrag', pv: 3200000, fv: 1600000, fg: 'bund', programm: 'Modellprojekte Smart Cities', ks: 'vuf', mit: [E], sp: ['Reallabore und Testfelder'] }],
    ['03-19', 'Smarte Abfalllogistik mit Füllstandssensoren', SL, { pv: 520000, fv: 260000, fg: 'berlin', programm: 'ProFIT', ks: 'vu', mit: [CT] }],
    ['04-09', 'Digitaler Zwilling der Stadtverwaltung', SG, { status: 'antrag', pv: 1400000, fv: 700000, fg: 'eu', programm: 'EFRE', ks: 'vuf', sp: ['Digitalisierung'] }],
    ['04-30', 'Open-Data-Portal für die Bezirke', SG, { ende: '2019-12-13', pv: 190000, fv: 190000, fg: 'berlin', programm: 'Zukunftsinitiative Stadtteil', sp: ['Digitalisierung'] }],
    ['05-21', 'Ladeinfrastruktur im Straßenraum', UM, { pv: 1250000, fv: 625000, fg: 'bund', programm: 'Sofortprogramm Saubere Luft', ks: 'vu', mit: [E, V] }],
    ['06-11', 'Telemedizinische Versorgung im Quartier', SL, { status: 'vorb', pv: 860000, fg: 'bund', ks: 'vuf', mit: [G] }],
    ['07-02', 'Digitale Verwaltungsleistungen für Gründende', SG, { ende: '2019-12-20', pv: 120000, fv: 60000, fg: 'berlin', programm: 'Transfer BONUS', ks: 'eu_u', sp: ['Startups und Gründungen'] }],
    ['08-20', 'Regenwassermanagement mit Sensornetzen', SL, { status: 'antrag', pv: 740000, fv: 370000, fg: 'berlin', programm: 'Berliner Programm für Nachhaltige Entwicklung', ks: 'vuf', mit: [CT], ll: ['Nachhaltigkeit'] }],
    ['09-10', 'Adaptive Straßenbeleuchtung im Reallabor', UM, { pv: 460000, fv: 230000, fg: 'berlin', programm: 'ProFIT', ks: 'vu', mit: [OP], sp: ['Reallabore und Testfelder'] }],
    ['10-15', 'Sharing-Plattform für Quartiersmobilität', UM, { pv: 330000, fv: 165000, fg: 'berlin', programm: 'ProFIT', ks: 'eu_u' }],
    ['11-12', 'Smart-City-Qualifizierung für Verwaltungsbeschäftigte', SG, { status: 'vorb', pv: 150000, fg: 'berlin', sp: ['Arbeit 4.0 und Fachkräfte'] }],
  ]);

  // ---------------------------------------------------------------- aktivitaeten
  const a18 = w.aktivitaeten(2018, [
    ['01-24', 'Smart-City-Forum Berlin', 'uebergreifend', 'forum', { tn: 150 }],
    ['02-21', 'Workshop Digitale Verwaltung', SG, 'workshop', { tn: 34 }],
    ['03-21', 'Workshop Mobilitätsdaten', UM, 'workshop', { tn: 40, mit: [V] }],
    ['04-18', 'Fachtag Smart Living', SL, 'forum', { tn: 80 }],
    ['05-23', 'Workshop Open Data in den Bezirken', SG, 'workshop', { tn: 29 }],
    ['06-20', 'Gemeinschaftsstand Smart City auf einer internationalen Messe', 'uebergreifend', 'messe', { ende: '2018-06-22' }],
    ['09-12', 'Veranstaltungsreihe Stadt der Zukunft', 'uebergreifend', 'reihe', { tn: 210, ende: '2018-11-28' }],
    ['10-10', 'Workshop Smarte Gebäude', SL, 'workshop', { tn: 31, mit: [E] }],
    ['11-07', 'Standortmarketing Smart City Berlin', 'uebergreifend', 'marketing', { ende: '2018-12-31' }],
    ['11-21', 'Startup-Pitch Urbane Technologien', 'uebergreifend', 'forum', { tn: 95 }],
    ['03-07', 'Sitzung Lenkungskreis Smart City', 'uebergreifend', 'sonstiges', { std: true, tn: 12 }],
  ]);
  const a19 = w.aktivitaeten(2019, [
    ['01-23', 'Smart-City-Forum Berlin 2019', 'uebergreifend', 'forum', { tn: 170, mit: [IP, E], ll: ['Cross Cluster stärken'] }],
    ['02-20', 'Workshop Urbane Produktion', 'uebergreifend', 'workshop', { tn: 42, mit: [IP] }],
    ['03-13', 'Workshop Digitaler Zwilling der Stadt', SG, 'workshop', { tn: 38, sp: ['Digitalisierung'] }],
    ['03-27', 'Workshop Licht im öffentlichen Raum', UM, 'workshop', { tn: 27, mit: [OP] }],
    ['04-17', 'Fachtag Smart Living 2019', SL, 'forum', { tn: 90 }],
    ['05-15', 'Workshop Kreislaufwirtschaft im Quartier', SL, 'workshop', { tn: 33, mit: [CT], ll: ['Nachhaltigkeit'] }],
    ['06-05', 'Gemeinschaftsstand Smart City auf einer internationalen Messe 2019', 'uebergreifend', 'messe', { ende: '2019-06-07', ll: ['Internationaler aufstellen'] }],
    ['06-19', 'Workshop Ladeinfrastruktur im Straßenraum', UM, 'workshop', { tn: 36, mit: [E, V] }],
    ['08-28', 'Hackathon Offene Verwaltungsdaten', SG, 'sonstiges', { tn: 60, ende: '2019-08-29', sp: ['Digitalisierung'] }],
    ['09-11', 'Veranstaltungsreihe Stadt der Zukunft 2019', 'uebergreifend', 'reihe', { tn: 240, ende: '2019-11-27' }],
    ['10-09', 'Fachkräfteforum Digitale Verwaltung', SG, 'fachkraefte', { tn: 55, sp: ['Arbeit 4.0 und Fachkräfte'] }],
    ['10-30', 'Workshop Automatisierte Shuttles', UM, 'workshop', { tn: 30, mit: [V] }],
    ['11-13', 'Standortmarketing Smart City Berlin 2019', 'uebergreifend', 'marketing', { ende: '2019-12-31' }],
    ['11-27', 'Startup-Pitch Urbane Technologien 2019', 'uebergreifend', 'forum', { tn: 120, sp: ['Startups und Gründungen'] }],
    ['07-03', 'Sommerforum Smart Government', SG, 'forum', { status: 'abgesagt', seit: '2019-06-14' }],
    ['03-06', 'Sitzung Lenkungskreis Smart City 2019', 'uebergreifend', 'sonstiges', { std: true, tn: 11 }],
  ]);

  // ---------------------------------------------------------------- akteure
  const forschung = [
    a.tu, a.htw,
    k.neu('Fraunhofer-Institut für Offene Kommunikationssysteme FOKUS', 'Forschungsinstitut', 'Berlin', { uebergeordnet: a.fhg.id }),
    a.weitereEchte[0], a.weitereEchte[2],
    k.neu('Weizenbaum-Institut für die vernetzte Gesellschaft', 'Forschungsinstitut', 'Berlin'),
    k.neu('Hochschule für Wirtschaft und Recht Berlin', 'Hochschule', 'Berlin'),
    a.erfundeneForschung[7], a.weitereEchte[1],
    k.neu('Fachhochschule Potsdam', 'Hochschule', 'Brandenburg'),
    a.erfundeneForschung[9], a.erfundeneForschung[12], a.erfundeneForschung[20], a.erfundeneForschung[21],
    k.neu('Beispiel-Institut für Stadtforschung', 'Forschungsinstitut', 'Berlin'),
  ];
  const firmen = w.firmen(
    ['Musterstadt', 'Beispielquartier', 'Exempel-Urban', 'Fiktivkiez', 'Probeplatz', 'Modellstadt'],
    ['Mobilitätsdienste', 'Stadtdaten', 'Verwaltungssoftware', 'Gebäudetechnik', 'Sharing-Systeme', 'Sensornetze', 'Bürgerdienste', 'Parkraumsysteme',
      'Quartiersplanung', 'Smart-Home-Systeme'],
    'kskskmskgsksmkskmsgkskmsksmkgskskmsksmks', 'bbbbebbrbb');
  const weitere = [
    k.neu('Bezirksamt Musterbezirk', 'öffentliche Verwaltung', 'Berlin'),
    k.neu('Netzwerk Smarte Quartiere Musterstadt', 'Netzwerk', 'Berlin'),
    k.neu('Beispielverein Stadtgestaltung e. V.', 'Verein', 'Berlin'),
    k.neu('Bezirksamt Beispielkiez', 'öffentliche Verwaltung', 'Berlin'),
    k.neu('Musterhaus Wohnungsbaugenossenschaft eG', 'sonstige', 'Berlin'),
    k.neu('Gemeinde Beispielsee', 'Landkreis/Kommune', 'Brandenburg'),
    k.neu('Stiftung Zukunftsstadt Musterberg', 'sonstige', 'Berlin'),
  ];

  // ---------------------------------------------------------------- beteiligungen
  w.besetze(w.gezaehlt(p17, 2017), { forschung: forschung.slice(0, 5), firmen: firmen.slice(0, 10), weitere: weitere.slice(0, 1) });
  w.besetze(w.gezaehlt(p18, 2018), { forschung: forschung.slice(0, 6), firmen: firmen.slice(0, 12) });
  w.besetze(w.gezaehlt(a18, 2018), { forschung: forschung.slice(4, 9), firmen: firmen.slice(8, 24), weitere: weitere.slice(0, 3) });
  w.besetze(w.gezaehlt(p19, 2019), { forschung: forschung.slice(0, 10), firmen: firmen.slice(6, 24), weitere: weitere.slice(0, 1) });
  w.besetze(w.gezaehlt(a19, 2019), { forschung: forschung.slice(8, 15), firmen: firmen.slice(20, 40), weitere });
  for (const v of [...p17, ...p18, ...p19, ...a18, ...a19].filter((x) => x.std || x.status === 'abgesagt')) w.teil(v.id, firmen[12], weitere[0]);
}
