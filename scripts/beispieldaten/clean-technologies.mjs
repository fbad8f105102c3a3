// Sample data of the Berlin Teilthema Clean Technologies: twice as many new projects in 2019 as in 2018,
// most of the new ones Cross Cluster-Projekte with Industrielle Produktion, Energietechnik, Optik und Photonik, Smart Cities.
import { werkzeugeFuer } from './werkzeuge.mjs';

const IP = 'industrielle-produktion', OP = 'optik-photonik', E = 'energietechnik', SC = 'smart-cities';
const KC = 'kunststoffe-chemie', V = 'verkehr-mobilitaet-logistik';
const KW = 'kreislaufwirtschaft', WA = 'wasser-abwasser', RE = 'ressourceneffizienz';
const BENE = 'Berliner Programm für Nachhaltige Entwicklung';

/** Adds the Vorhaben, actors and participations of Clean Technologies to the generator's context `k`. */
export function erzeugeCleanTechnologies(k) {
  const w = werkzeugeFuer(k, 'clean-technologies', 'CT');
  const { akteur: a } = k;

  // ---------------------------------------------------------------- projekte
  const p17 = w.projekte(2017, [
    ['01-24', 'Recycling von Bauschutt zu Betonzuschlag', KW, { ende: '2018-12-14', pv: 870000, fv: 435000, fg: 'berlin', programm: BENE, ks: 'vuf' }],
    ['02-21', 'Membranfiltration für Grauwasser', WA, { ende: '2019-03-29', pv: 640000, fv: 320000, fg: 'bund', programm: 'ZIM', ks: 'vu' }],
    ['03-28', 'Ressourceneffizienz-Check für Handwerksbetriebe', RE, { ende: '2018-06-29', pv: 120000, fv: 60000, fg: 'berlin', programm: BENE }],
    ['05-09', 'Phosphorrückgewinnung aus Klärschlamm', WA, { ende: '2019-12-20', pv: 2600000, fv: 1300000, fg: 'bund', programm: 'KMU-innovativ', ks: 'vuf' }],
    ['06-13', 'Sortierung von Elektroaltgeräten', KW, { ende: '2018-12-21', pv: 480000, fv: 240000, fg: 'berlin', programm: 'ProFIT', ks: 'vu' }],
    ['07-18', 'Spurenstoffentfernung mit Aktivkohle', WA, { ende: '2019-06-28', pv: 1100000, fv: 550000, fg: 'eu', programm: 'EFRE', ks: 'vuf' }],
    ['09-05', 'Materialeffiziente Versandverpackungen', RE, { ende: '2018-10-31', pv: 360000, fv: 180000, fg: 'berlin', programm: 'ProFIT', ks: 'eu_u' }],
    ['10-17', 'Wiederverwendung von Büromöbeln', KW, { ende: '2018-09-28', pv: 150000, fg: 'keine' }],
    ['11-21', 'Leckageortung in Trinkwassernetzen', WA, { status: 'abgebrochen', seit: '2018-08-31', pv: 520000, fv: 260000, fg: 'bund', programm: 'ZIM', ks: 'vu' }],
    ['12-05', 'Biokunststoffe aus Reststoffen', KW, { status: 'abgesagt', seit: '2017-12-19', pv: 410000, fg: 'berlin', ks: 'vuf' }],
  ]);
  const p18 = w.projekte(2018, [
    ['01-30', 'Kreislauffähige Dämmstoffe', KW, { ende: '2019-09-30', pv: 760000, fv: 380000, fg: 'berlin', programm: BENE, ks: 'vuf' }],
    ['03-06', 'Regenwasserbewirtschaftung auf Gewerbeflächen', WA, { pv: 540000, fv: 270000, fg: 'berlin', programm: BENE, ks: 'vu' }],
    ['04-17', 'Ressourcenschonende Galvanik', RE, { ende: '2019-06-28', pv: 430000, fv: 215000, fg: 'bund', programm: 'ZIM', ks: 'vu', mit: ['metall'] }],
    ['05-22', 'Rückgewinnung seltener Erden aus Magneten', KW, { pv: 1900000, fv: 950000, fg: 'bund', programm: 'r+Impuls', ks: 'vuf' }],
    ['06-26', 'Sensorgestützte Kanalinspektion', WA, { ende: '2019-11-29', pv: 690000, fv: 345000, fg: 'berlin', programm: 'ProFIT', ks: 'vu' }],
    ['08-28', 'Effizienzberatung für Wäschereien', RE, { ende: '2018-12-14', pv: 95000, fv: 47500, fg: 'berlin', programm: 'Transfer BONUS', ks: 'eu_u' }],
    ['10-09', 'Textilrecycling im Modehandel', KW, { ende: '2019-12-20', pv: 310000, fv: 155000, fg: 'eu', programm: 'EFRE', ks: 'vu' }],
    ['11-13', 'Keramische Membranen für Industrieabwasser', WA, { status: 'abgebrochen', seit: '2019-10-31', pv: 980000, fv: 490000, fg: 'bund', programm: 'KMU-innovativ', ks: 'vuf' }],
  ]);
  const p19 = w.projekte(2019, [
    ['01-22', 'Ressourceneffiziente Produktion im Mittelstand', RE, { pv: 680000, fv: 340000, fg: 'berlin', programm: BENE, ks: 'vuf', mit: [IP], ll: ['Nachhaltigkeit'] }],
    ['02-05', 'Wärmerückgewinnung aus kommunalem Abwasser', WA, { pv: 1450000, fv: 725000, fg: 'berlin', programm: BENE, ks: 'vuf', mit: [E], ll: ['Nachhaltigkeit'] }],
    ['02-19', 'Optische Sortierung von Kunststoffrezyklaten', KW, { status: 'antrag', pv: 1200000, fv: 600000, fg: 'bund', programm: 'KMU-innovativ', ks: 'vuf', mit: [OP, KC] }],
    ['03-05', 'Schwammstadt-Quartier mit Regenwassernutzung', WA, { pv: 2100000, fv: 1050000, fg: 'eu', programm: 'EFRE', ks: 'vuf', mit: [SC], sp: ['Reallabore und Testfelder'] }],
    ['03-19', 'Materialkataster für zirkuläres Bauen', KW, { pv: 560000, fv: 280000, fg: 'berlin', programm: 'ProFIT', ks: 'vu', sp: ['Digitalisierung'] }],
    ['04-02', 'Ressourceneffizienz-Netzwerk Gewerbe', RE, { ende: '2019-12-13', pv: 140000, fv: 70000, fg: 'berlin', programm: BENE }],
    ['04-16', 'Digitale Wasserzähler für Gewerbebetriebe', WA, { pv: 390000, fv: 195000, fg: 'berlin', programm: 'ProFIT', ks: 'eu_u', sp: ['Digitalisierung'] }],
    ['05-07', 'Reparaturnetzwerk für Elektrogeräte', KW, { pv: 230000, fv: 115000, fg: 'sonstige', programm: 'Stiftungsmittel', ll: ['Innovation breiter denken'] }],
    ['05-21', 'Spurenstoffmonitoring mit optischen Sensoren', WA, { status: 'antrag', pv: 870000, fv: 435000, fg: 'bund', programm: 'WavE', ks: 'vuf', mit: [OP] }],
    ['06-04', 'Mehrweglogistik für den Onlinehandel', KW, { status: 'vorb', pv: 450000, fg: 'berlin', ks: 'vu', mit: [V] }],
    ['06-25', 'Energieeffiziente Kläranlagensteuerung', WA, { pv: 1050000, fv: 525000, fg: 'bund', programm: '7. Energieforschungsprogramm', ks: 'vuf', mit: [E] }],
    ['07-09', 'Sortenreine Wertstofferfassung im Quartier', KW, { status: 'antrag', pv: 380000, fv: 190000, fg: 'berlin', programm: BENE, ks: 'vu', mit: [SC] }],
    ['08-13', 'Ressourceneffiziente Leiterplattenfertigung', RE, { ende: '2019-12-20', pv: 310000, fv: 155000, fg: 'bund', programm: 'ZIM', ks: 'vu' }],
    ['09-03', 'Gründungsberatung Kreislaufwirtschaft', RE, { pv: 90000, fv: 90000, fg: 'berlin', programm: BENE, sp: ['Startups und Gründungen'] }],
    ['10-01', 'Klärschlammverwertung in der Region', WA, { status: 'abgebrochen', seit: '2020-02-28', pv: 1600000, fv: 800000, fg: 'eu', programm: 'EFRE', ks: 'vuf' }],
    ['11-05', 'Recyclinggerechte Konstruktion von Maschinen', KW, { status: 'vorb', pv: 260000, fg: 'berlin', ks: 'eu_f', mit: [IP] }],
    ['04-23', 'Kompostierbare Einwegverpackungen', KW, { status: 'abgesagt', seit: '2019-07-15', pv: 200000, fg: 'berlin', ks: 'vu' }],
  ]);

  // ---------------------------------------------------------------- aktivitaeten
  const a18 = w.aktivitaeten(2018, [
    ['01-25', 'CleanTech-Jahresauftakt', 'uebergreifend', 'forum', { tn: 130 }],
    ['02-22', 'Workshop Kreislaufwirtschaft im Bauwesen', KW, 'workshop', { tn: 36 }],
    ['03-22', 'Fachforum Wasser in der Stadt', WA, 'forum', { tn: 85 }],
    ['04-26', 'Workshop Ressourceneffizienz in der Produktion', RE, 'workshop', { tn: 31, mit: [IP] }],
    ['05-14', 'Gemeinschaftsstand Umwelttechnik auf einer Fachmesse', 'uebergreifend', 'messe', { ende: '2018-05-18' }],
    ['06-21', 'Workshop Digitale Wasserwirtschaft', WA, 'workshop', { tn: 28 }],
    ['09-13', 'Exkursion zu Recyclingbetrieben', KW, 'sonstiges', { tn: 22 }],
    ['10-11', 'Fachkräfteforum Umwelttechnik', 'uebergreifend', 'fachkraefte', { tn: 60 }],
    ['11-08', 'Standortmarketing CleanTech Berlin', 'uebergreifend', 'marketing', { ende: '2018-12-31' }],
    ['11-29', 'Workshop Energie aus Abwasser', WA, 'workshop', { tn: 30, mit: [E] }],
    ['03-08', 'Sitzung Fachbeirat Clean Technologies', 'uebergreifend', 'sonstiges', { std: true, tn: 10 }],
  ]);
  const a19 = w.aktivitaeten(2019, [
    ['01-24', 'CleanTech-Jahresauftakt 2019', 'uebergreifend', 'forum', { tn: 150, mit: [E, SC], ll: ['Cross Cluster stärken'] }],
    ['02-21', 'Workshop Zirkuläres Bauen', KW, 'workshop', { tn: 40, ll: ['Nachhaltigkeit'] }],
    ['03-21', 'Fachforum Wasser in der Stadt 2019', WA, 'forum', { tn: 95, mit: [SC] }],
    ['04-11', 'Workshop Kunststoffrecycling und Sortiertechnik', KW, 'workshop', { tn: 34, mit: [OP, KC] }],
    ['05-14', 'Gemeinschaftsstand Umwelttechnik auf einer internationalen Fachmesse', 'uebergreifend', 'messe', { ende: '2019-05-17', ll: ['Internationaler aufstellen'] }],
    ['05-28', 'Workshop Ressourceneffizienz im Mittelstand', RE, 'workshop', { tn: 37, mit: [IP] }],
    ['06-20', 'Workshop Digitale Wasserwirtschaft 2019', WA, 'workshop', { tn: 33, sp: ['Digitalisierung'] }],
    ['09-12', 'Exkursion zu Recyclingbetrieben 2019', KW, 'sonstiges', { tn: 25 }],
    ['09-26', 'Startup-Forum Kreislaufwirtschaft', KW, 'forum', { tn: 75, sp: ['Startups und Gründungen'] }],
    ['10-10', 'Fachkräfteforum Umwelttechnik 2019', 'uebergreifend', 'fachkraefte', { tn: 70, sp: ['Arbeit 4.0 und Fachkräfte'] }],
    ['10-24', 'Workshop Abwasserwärme im Quartier', WA, 'workshop', { tn: 29, mit: [E, SC] }],
    ['11-07', 'Standortmarketing CleanTech Berlin 2019', 'uebergreifend', 'marketing', { ende: '2019-12-31' }],
    ['11-28', 'Konferenz Ressourcenwende in der Hauptstadtregion', RE, 'konferenz', { tn: 180, mit: [IP] }],
    ['06-05', 'Workshop Mikroplastik im Wasser', WA, 'workshop', { status: 'abgesagt', seit: '2019-05-20' }],
    ['03-07', 'Sitzung Fachbeirat Clean Technologies 2019', 'uebergreifend', 'sonstiges', { std: true, tn: 9 }],
  ]);

  // ---------------------------------------------------------------- akteure
  const forschung = [
    a.tu, a.bam, a.ipk,
    k.neu('Leibniz-Institut für Gewässerökologie und Binnenfischerei (IGB)', 'Forschungsinstitut', 'Berlin'),
    a.weitereEchte[0],
    k.neu('Hochschule für nachhaltige Entwicklung Eberswalde', 'Hochschule', 'Brandenburg'),
    a.htw,
    k.neu('Leibniz-Institut für Agrartechnik und Bioökonomie (ATB)', 'Forschungsinstitut', 'Brandenburg'),
    a.erfundeneForschung[15], a.erfundeneForschung[14], a.erfundeneForschung[0],
    k.neu('Musterinstitut für Wasserforschung', 'Forschungsinstitut', 'Berlin'),
    k.neu('Exempel-Forschungszentrum für Kreislaufwirtschaft', 'Forschungsinstitut', 'Berlin'),
    a.weitereEchte[3],
  ];
  const firmen = w.firmen(
    ['Musterkreis', 'Beispielwasser', 'Exempel-Recycling', 'Fiktivgrün', 'Probefilter', 'Modellressource'],
    ['Recyclingtechnik', 'Wassertechnik', 'Abwassersysteme', 'Umweltanalytik', 'Sortiertechnik', 'Membrantechnik', 'Kompostierung', 'Materialkreisläufe',
      'Umweltberatung', 'Filtertechnik'],
    'ksksmkskgsmksmksgkmsksmksgkmksksmkgsmksks', 'bbbbrbbebb');
  const weitere = [
    k.neu('Netzwerk Kreislaufwirtschaft Musterregion', 'Netzwerk', 'Berlin'),
    k.neu('Beispielverein Wasserwirtschaft e. V.', 'Verein', 'Berlin'),
    k.neu('Zweckverband Abwasser Musterheide', 'Landkreis/Kommune', 'Brandenburg'),
    k.neu('Musterbetriebe Stadtreinigung (Beispiel-AöR)', 'sonstige', 'Berlin'),
    a.kommunen[1],
  ];

  // ---------------------------------------------------------------- beteiligungen
  // The key partners of the Erfolgsbeispiele first; the Zweckverband in the Vorhaben on municipal waste water.
  w.teil(p19[0].id, a.ipk, a.htw, a.mittel[8], a.mittel[9]);
  w.teil(p19[3].id, forschung[11]);
  w.teil(p19[1].id, weitere[2]);
  w.teil(p19[14].id, weitere[2]);
  w.besetze(w.gezaehlt(p17, 2017), { forschung: forschung.slice(0, 6), firmen: firmen.slice(0, 10) });
  w.besetze(w.gezaehlt(p18, 2018), { forschung: forschung.slice(0, 5), firmen: firmen.slice(0, 10) });
  w.besetze(w.gezaehlt(a18, 2018), { forschung: forschung.slice(4, 8), firmen: firmen.slice(6, 24), weitere: weitere.slice(0, 2) });
  w.besetze(w.gezaehlt(p19, 2019), { forschung: forschung.slice(0, 11), firmen: firmen.slice(4, 26) });
  w.besetze(w.gezaehlt(a19, 2019), { forschung: forschung.slice(9, 14), firmen: firmen.slice(22, 41), weitere });
  for (const v of [...p17, ...p18, ...p19, ...a18, ...a19].filter((x) => x.std || x.status === 'abgesagt')) w.teil(v.id, firmen[8], weitere[0]);
}
