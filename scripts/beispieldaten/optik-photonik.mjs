// Sample data of the Cluster Optik und Photonik (joint cluster of Berlin and Brandenburg): steady growth,
// many Cross Cluster-Vorhaben with Industrielle Produktion, Energietechnik, Smart Cities and Clean Technologies.
import { werkzeugeFuer } from './werkzeuge.mjs';

const IP = 'industrielle-produktion', E = 'energietechnik', SC = 'smart-cities', CT = 'clean-technologies';
const G = 'gesundheitswirtschaft', I = 'ikt-medien-kreativwirtschaft', V = 'verkehr-mobilitaet-logistik';

/** Adds the Vorhaben, actors and participations of Optik und Photonik to the generator's context `k`. */
export function erzeugeOptikPhotonik(k) {
  const w = werkzeugeFuer(k, 'optik-photonik', 'OP');
  const { akteur: a } = k;

  // ---------------------------------------------------------------- projekte
  const p17 = w.projekte(2017, [
    ['01-16', 'Ultrakurzpulslaser für die Glasbearbeitung', 'photonik-produktion', { ende: '2018-12-14', pv: 1450000, fv: 725000, fg: 'bund', programm: 'KMU-innovativ', ks: 'vuf' }],
    ['02-20', 'Optische Kohärenztomografie für die Zahnmedizin', 'biomedizinische-optik', { ende: '2019-06-28', pv: 980000, fv: 490000, fg: 'berlin', programm: 'ProFIT', ks: 'vuf' }],
    ['03-13', 'Freiraumoptische Datenübertragung im Campusnetz', 'optische-kommunikation', { ende: '2018-09-28', pv: 620000, fv: 310000, fg: 'bund', programm: 'ZIM', ks: 'vu' }],
    ['04-03', 'Mikrooptische Bauelemente aus Glas', 'mikrosystemtechnik', { ende: '2019-03-29', pv: 760000, fv: 380000, fg: 'bb', programm: 'ProFIT Brandenburg', ks: 'vu' }],
    ['04-24', 'Laserstrahlschweißen von Batteriekontakten', 'photonik-produktion', { ende: '2018-06-29', pv: 540000, fv: 270000, fg: 'bund', programm: 'ZIM', ks: 'vu' }],
    ['05-15', 'Hyperspektrale Inline-Sortierung von Schüttgut', 'photonik-produktion', { ende: '2018-12-21', pv: 430000, fv: 215000, fg: 'eu', programm: 'EFRE', ks: 'vuf' }],
    ['06-12', 'Photonische Sensoren für die Gewebediagnostik', 'biomedizinische-optik', { pv: 1800000, pvbb: 950000, fv: 1200000, fvbb: 640000, fg: 'eu', programm: 'Horizont 2020', ks: 'vf' }],
    ['07-03', 'Silizium-Photonik für Rechenzentren', 'optische-kommunikation', { ende: '2019-12-20', pv: 2300000, fv: 1150000, fg: 'bund', programm: 'KMU-innovativ', ks: 'vuf' }],
    ['08-21', 'Messekooperation Photonik-Zulieferer', 'uebergreifend', { ende: '2017-11-30', pv: 120000, fg: 'keine' }],
    ['09-11', 'MEMS-Spiegel für Laserscanner', 'mikrosystemtechnik', { ende: '2019-08-30', pv: 890000, fv: 445000, fg: 'berlin', programm: 'ProFIT', ks: 'eu_u' }],
    ['10-09', 'LED-Beleuchtung für Gewächshäuser', 'uebergreifend', { ende: '2018-10-31', pv: 310000, fv: 155000, fg: 'bb', programm: 'Brandenburgischer Innovationsgutschein', ks: 'eu_u' }],
    ['11-06', 'Augenoptische Messplätze für den Fachhandel', 'biomedizinische-optik', { status: 'abgebrochen', seit: '2018-07-31', pv: 260000, fv: 130000, fg: 'berlin', programm: 'ProFIT', ks: 'eu_u' }],
    ['11-27', 'Photonischer Gassensor für Biogasanlagen', 'mikrosystemtechnik', { status: 'abgesagt', seit: '2017-12-18', pv: 340000, fg: 'bund', ks: 'vu' }],
  ]);
  const p18 = w.projekte(2018, [
    ['01-22', 'Laserauftragschweißen für Werkzeugformen', 'photonik-produktion', { ende: '2019-10-31', pv: 1100000, fv: 550000, fg: 'bund', programm: 'ZIM', ks: 'vu', mit: ['metall'] }],
    ['02-05', 'Fluoreszenzendoskopie für die Tumorchirurgie', 'biomedizinische-optik', { pv: 2400000, fv: 1440000, fg: 'bund', programm: 'KMU-innovativ', ks: 'vuf', mit: [G] }],
    ['02-26', 'Optische Fronthaul-Netze für 5G', 'optische-kommunikation', { pv: 3200000, pvbb: 1900000, fv: 1600000, fvbb: 950000, fg: 'eu', programm: 'Horizont 2020', ks: 'vuf', mit: [I] }],
    ['03-19', 'Waferlevel-Packaging für Mikrooptiken', 'mikrosystemtechnik', { ende: '2019-09-30', pv: 1350000, fv: 675000, fg: 'bb', programm: 'ProFIT Brandenburg', ks: 'vuf' }],
    ['04-09', 'Optische Qualitätsprüfung von Schweißnähten', 'photonik-produktion', { ende: '2019-03-29', pv: 480000, fv: 240000, fg: 'berlin', programm: 'ProFIT', ks: 'vu', mit: [IP] }],
    ['04-30', 'Photoakustische Bildgebung der Haut', 'biomedizinische-optik', { ende: '2019-12-20', pv: 720000, fv: 504000, fg: 'berlin', programm: 'ProFIT', ks: 'vf' }],
    ['05-22', 'Quantenpunkt-Laser für die Datenkommunikation', 'optische-kommunikation', { pv: 1650000, fv: 990000, fg: 'bund', programm: 'Photonik Forschung Deutschland', ks: 'vf' }],
    ['06-11', 'Mikrofluidischer Chip mit integrierter Optik', 'mikrosystemtechnik', { status: 'abgebrochen', seit: '2019-04-30', pv: 560000, fv: 280000, fg: 'eu', programm: 'EFRE', ks: 'vuf' }],
    ['06-25', 'Lasergestützte Oberflächenfunktionalisierung', 'photonik-produktion', { ende: '2019-06-28', pv: 390000, fv: 195000, fg: 'bb', programm: 'Brandenburgischer Innovationsgutschein', ks: 'eu_u' }],
    ['08-13', 'Gemeinschaftsauftritt Photonik-Zulieferer auf Fachmessen', 'uebergreifend', { ende: '2018-12-14', pv: 150000, fv: 75000, fg: 'berlin', programm: 'Messeförderung' }],
    ['09-03', 'Augenoptische Screening-Station', 'biomedizinische-optik', { ende: '2019-05-31', pv: 280000, fv: 140000, fg: 'berlin', programm: 'Transfer BONUS', ks: 'eu_u' }],
    ['09-24', 'Datenübertragung mit sichtbarem Licht in Innenräumen', 'optische-kommunikation', { pv: 840000, fv: 420000, fg: 'bund', programm: 'ZIM', ks: 'vu' }],
    ['10-15', 'Laserscanner für die Vermessung von Gleisanlagen', 'mikrosystemtechnik', { ende: '2019-11-29', pv: 670000, fv: 335000, fg: 'bund', programm: 'ZIM', ks: 'vu', mit: [V] }],
    ['11-12', 'Faseroptische Temperaturmessung in Kabeltrassen', 'optische-kommunikation', { pv: 930000, fv: 465000, fg: 'bb', programm: 'ProFIT Brandenburg', ks: 'vuf', mit: [E] }],
  ]);
  const p19 = w.projekte(2019, [
    ['01-14', 'Laserbasierte Reparatur von Turbinenschaufeln', 'photonik-produktion', { pv: 4800000, fv: 2400000, fg: 'berlin', programm: 'GRW', ks: 'vuf', mit: [E, IP], ll: ['Cross Cluster stärken'] }],
    ['01-28', 'Inline-Messtechnik für die additive Fertigung', 'photonik-produktion', { pv: 1250000, fv: 625000, fg: 'bund', programm: 'KMU-innovativ', ks: 'vuf', mit: [IP], sp: ['Digitalisierung'] }],
    ['02-18', 'Photonische Point-of-Care-Diagnostik', 'biomedizinische-optik', { status: 'antrag', pv: 2100000, pvbb: 1300000, fv: 1470000, fvbb: 910000, fg: 'eu', programm: 'Horizont 2020', ks: 'vuf', mit: [G], ll: ['Internationaler aufstellen'] }],
    ['03-04', 'Optische Zugangsnetze für Gewerbegebiete', 'optische-kommunikation', { pv: 1900000, fv: 950000, fg: 'bb', programm: 'GRW', ks: 'vu' }],
    ['03-25', 'Intelligente Straßenbeleuchtung mit LiDAR-Sensorik', 'mikrosystemtechnik', { pv: 1150000, fv: 575000, fg: 'berlin', programm: 'ProFIT', ks: 'vuf', mit: [SC], sp: ['Reallabore und Testfelder'] }],
    ['04-08', 'Optische Wasseranalytik in Echtzeit', 'mikrosystemtechnik', { status: 'antrag', pv: 780000, fv: 546000, fg: 'berlin', programm: 'Berliner Programm für Nachhaltige Entwicklung', ks: 'vuf', mit: [CT], ll: ['Nachhaltigkeit'] }],
    ['04-29', 'Ultrakurzpulslaser für die Mikrobearbeitung von Implantaten', 'photonik-produktion', { ende: '2019-12-13', pv: 650000, fv: 325000, fg: 'bund', programm: 'ZIM', ks: 'vu', mit: [G] }],
    ['05-13', 'Miniaturisierte Atomuhren für Navigationssysteme', 'mikrosystemtechnik', { status: 'vorb', pv: 3500000, fg: 'bund', ks: 'vf', mit: [V] }],
    ['05-27', 'Multispektrale Kamera für die Wundversorgung', 'biomedizinische-optik', { pv: 540000, fv: 270000, fg: 'berlin', programm: 'ProFIT', ks: 'eu_u', sp: ['Startups und Gründungen'] }],
    ['06-03', 'Laserbasierte Strukturierung von Solarzellen', 'photonik-produktion', { status: 'abgebrochen', seit: '2020-03-31', pv: 730000, fv: 365000, fg: 'bb', programm: 'ProFIT Brandenburg', ks: 'vu', mit: [E] }],
    ['06-17', 'Terahertz-Prüfung von Kunststoffbauteilen', 'photonik-produktion', { status: 'antrag', pv: 860000, fv: 430000, fg: 'bb', programm: 'ProFIT Brandenburg', ks: 'vuf', mit: ['kunststoffe-chemie'] }],
    ['07-01', 'Faseroptische Zustandsüberwachung von Stromnetzen', 'optische-kommunikation', { pv: 1400000, fv: 700000, fg: 'bund', programm: '7. Energieforschungsprogramm', ks: 'vuf', mit: [E] }],
    ['07-22', 'Hybride Mikrooptik für Augmented-Reality-Brillen', 'mikrosystemtechnik', { pv: 2700000, fv: 1350000, fg: 'bund', programm: 'KMU-innovativ', ks: 'vu', sp: ['Digitalisierung'] }],
    ['08-19', 'Spektroskopische Sortierung von Kunststoffabfällen', 'photonik-produktion', { status: 'antrag', pv: 920000, fv: 460000, fg: 'eu', programm: 'EFRE', ks: 'vuf', mit: [CT], ll: ['Nachhaltigkeit'] }],
    ['09-09', 'Fachkräfteprogramm Optik für Quereinsteiger', 'uebergreifend', { status: 'vorb', pv: 180000, fg: 'berlin', sp: ['Arbeit 4.0 und Fachkräfte'] }],
    ['09-30', 'Laserlichtquellen für die Fluoreszenzmikroskopie', 'biomedizinische-optik', { ende: '2019-12-20', pv: 95000, fv: 66500, fg: 'berlin', programm: 'Transfer BONUS', ks: 'eu_u' }],
    ['10-21', 'Photonische Funkverbindungen für den Mobilfunk', 'optische-kommunikation', { status: 'antrag', pv: 1600000, fv: 800000, fg: 'bund', programm: 'Photonik Forschung Deutschland', ks: 'vf' }],
    ['11-11', 'Gemeinschaftsstand Photonik auf internationalen Leitmessen', 'uebergreifend', { pv: 210000, fv: 105000, fg: 'berlin', programm: 'Messeförderung', ll: ['Internationaler aufstellen'] }],
    ['03-11', 'Holografische Anzeigen für Fahrzeuge', 'mikrosystemtechnik', { status: 'abgesagt', seit: '2019-10-15', pv: 1200000, fg: 'bund', ks: 'vu', mit: [V] }],
  ]);

  // ---------------------------------------------------------------- aktivitaeten
  const a18 = w.aktivitaeten(2018, [
    ['01-23', 'Photonik-Neujahrsempfang', 'uebergreifend', 'forum', { tn: 180 }],
    ['02-14', 'Workshop Laser in der Blechbearbeitung', 'photonik-produktion', 'workshop', { tn: 35, mit: ['metall'] }],
    ['03-07', 'Fachforum Optische Technologien in der Medizin', 'biomedizinische-optik', 'forum', { tn: 90, mit: [G] }],
    ['03-20', 'Gemeinschaftsstand Photonik auf einer internationalen Fachmesse', 'photonik-produktion', 'messe', { ende: '2018-03-23' }],
    ['04-11', 'Workshop Optische Netze der Zukunft', 'optische-kommunikation', 'workshop', { tn: 42, mit: [I] }],
    ['05-16', 'Technologietag Mikrosystemtechnik', 'mikrosystemtechnik', 'forum', { tn: 75 }],
    ['06-06', 'Workshop Photonik für die Produktion', 'photonik-produktion', 'workshop', { tn: 38, mit: [IP] }],
    ['06-27', 'Nachwuchstag Optik – Ausbildung in der Photonik', 'uebergreifend', 'fachkraefte', { tn: 120 }],
    ['08-29', 'Sommerkolloquium Biophotonik', 'biomedizinische-optik', 'konferenz', { tn: 95 }],
    ['09-12', 'Standortmarketing Photonik Berlin-Brandenburg', 'uebergreifend', 'marketing', { ende: '2018-12-31' }],
    ['09-26', 'Workshop Lichttechnik und Beleuchtung', 'uebergreifend', 'workshop', { tn: 30 }],
    ['10-17', 'Unternehmerreise Photonik nach Skandinavien', 'uebergreifend', 'sonstiges', { tn: 14, ende: '2018-10-19' }],
    ['11-07', 'Forum Laser in der Energietechnik', 'photonik-produktion', 'forum', { tn: 55, mit: [E] }],
    ['11-28', 'Photonik-Kongress Hauptstadtregion', 'uebergreifend', 'konferenz', { tn: 260, mit: [IP, G] }],
    ['02-01', 'Beiratssitzung Cluster Optik und Photonik', 'uebergreifend', 'sonstiges', { std: true, tn: 16 }],
  ]);
  const a19 = w.aktivitaeten(2019, [
    ['06-24', 'Photonik-Tag Produktion', 'photonik-produktion', 'konferenz', { id: 'SA-19-OP-01', mit: [IP], tn: 120 }],
    ['01-16', 'Photonik-Neujahrsempfang 2019', 'uebergreifend', 'forum', { tn: 210 }],
    ['02-13', 'Workshop Lasertechnik im Mittelstand', 'photonik-produktion', 'workshop', { tn: 40 }],
    ['03-06', 'Fachforum Biophotonik und Diagnostik', 'biomedizinische-optik', 'forum', { tn: 85, mit: [G] }],
    ['03-27', 'Workshop Optik für intelligente Straßenbeleuchtung', 'mikrosystemtechnik', 'workshop', { tn: 36, mit: [SC], sp: ['Reallabore und Testfelder'] }],
    ['04-10', 'Workshop Photonik in der Wasseranalytik', 'mikrosystemtechnik', 'workshop', { tn: 29, mit: [CT], ll: ['Nachhaltigkeit'] }],
    ['05-08', 'Forum Optische Kommunikation und 5G', 'optische-kommunikation', 'forum', { tn: 110, mit: [I], sp: ['Digitalisierung'] }],
    ['06-25', 'Gemeinschaftsstand auf der Fachmesse LASER World of PHOTONICS', 'photonik-produktion', 'messe', { ende: '2019-06-27', ll: ['Internationaler aufstellen'] }],
    ['07-10', 'Sommerkolloquium Biophotonik 2019', 'biomedizinische-optik', 'konferenz', { tn: 105 }],
    ['08-28', 'Workshop Mikrooptik für Augmented Reality', 'mikrosystemtechnik', 'workshop', { tn: 33, sp: ['Digitalisierung'] }],
    ['09-11', 'Nachwuchstag Optik 2019', 'uebergreifend', 'fachkraefte', { tn: 140, sp: ['Arbeit 4.0 und Fachkräfte'] }],
    ['09-25', 'Fachkräfteforum Optik und Photonik', 'uebergreifend', 'fachkraefte', { tn: 65, sp: ['Arbeit 4.0 und Fachkräfte'] }],
    ['10-09', 'Workshop Laser und Photovoltaik', 'photonik-produktion', 'workshop', { tn: 31, mit: [E] }],
    ['10-23', 'Unternehmerreise Photonik nach Asien', 'uebergreifend', 'sonstiges', { tn: 12, ende: '2019-10-30', ll: ['Internationaler aufstellen'] }],
    ['11-06', 'Photonik-Kongress Hauptstadtregion 2019', 'uebergreifend', 'konferenz', { tn: 290, mit: [IP, E, G], ll: ['Cross Cluster stärken'] }],
    ['11-20', 'Imagekampagne Photonik Hauptstadtregion', 'uebergreifend', 'marketing', { ende: '2019-12-31' }],
    ['12-04', 'Workshop Quantentechnologien in der Anwendung', 'optische-kommunikation', 'workshop', { tn: 44 }],
    ['12-11', 'Startup-Abend Photonik', 'uebergreifend', 'forum', { tn: 70, sp: ['Startups und Gründungen'] }],
    ['05-22', 'Forum Optische Sensorik im Bauwesen', 'mikrosystemtechnik', 'forum', { status: 'abgesagt', seit: '2019-05-02' }],
    ['02-06', 'Beiratssitzung Cluster Optik und Photonik 2019', 'uebergreifend', 'sonstiges', { std: true, tn: 15 }],
  ]);

  // ---------------------------------------------------------------- akteure
  const forschung = [
    a.hhi, a.izm, a.tu, a.htw, a.weitereEchte[0], a.weitereEchte[1], a.weitereEchte[2], a.weitereEchte[5],
    k.neu('Ferdinand-Braun-Institut, Leibniz-Institut für Höchstfrequenztechnik (FBH)', 'Forschungsinstitut', 'Berlin'),
    k.neu('Max-Born-Institut für Nichtlineare Optik und Kurzzeitspektroskopie (MBI)', 'Forschungsinstitut', 'Berlin'),
    a.erfundeneForschung[3], a.erfundeneForschung[5], a.weitereEchte[4],
    k.neu('Leibniz-Institut für Astrophysik Potsdam (AIP)', 'Forschungsinstitut', 'Brandenburg'),
    k.neu('IHP – Leibniz-Institut für innovative Mikroelektronik', 'Forschungsinstitut', 'Brandenburg'),
    a.erfundeneForschung[11], a.erfundeneForschung[8], a.erfundeneForschung[16], a.erfundeneForschung[19],
    k.neu('Beispiel-Institut für Biophotonik', 'Forschungsinstitut', 'Berlin'),
  ];
  const firmen = w.firmen(
    ['Musterlicht', 'Beispielstrahl', 'Exempel-Optik', 'Fiktivlux', 'Probelinse', 'Modellphoton'],
    ['Lasersysteme', 'Optronik', 'Photonik', 'Messoptik', 'Faseroptik', 'Lichttechnik', 'Bildverarbeitung', 'Mikrooptik', 'Spektroskopie', 'Augenoptik', 'Optikfertigung', 'Quantensensorik'],
    'kssmkssmgkssmskgsmkskmsgmsksmgskmksmsgkmsskm', 'bbrbebrbbr');
  const weitere = [
    k.neu('Netzwerk Photonik Musterregion', 'Netzwerk', 'Berlin'),
    k.neu('Förderkreis Lichttechnik Beispielstadt e. V.', 'Verein', 'Berlin'),
    k.neu('Beispielverein Augenoptik Brandenburg e. V.', 'Verein', 'Brandenburg'),
    k.neu('Stadt Beispielhafen', 'Landkreis/Kommune', 'Brandenburg'),
  ];

  // ---------------------------------------------------------------- beteiligungen
  // The key partners of the Erfolgsbeispiele first (laser repair with Fraunhofer IPK and an industrial user).
  w.teil(p19[0].id, a.ipk, a.gross[20]);
  w.besetze(w.gezaehlt(p17, 2017), { forschung: forschung.slice(0, 9), firmen: firmen.slice(0, 15) });
  w.besetze(w.gezaehlt(p18, 2018), { forschung: forschung.slice(0, 10), firmen: firmen.slice(0, 16) });
  w.besetze(w.gezaehlt(a18, 2018), { forschung: forschung.slice(8, 14), firmen: firmen.slice(10, 36), weitere: weitere.slice(0, 2) });
  w.besetze(w.gezaehlt(p19, 2019), { forschung: forschung.slice(0, 14), firmen: firmen.slice(4, 26) });
  w.besetze(w.gezaehlt(a19, 2019), { forschung: forschung.slice(10, 20), firmen: firmen.slice(20, 44), weitere });
  // The Vorhaben that do not count, and the regular formats.
  for (const v of [...p17, ...p18, ...p19, ...a18, ...a19].filter((x) => x.std || x.status === 'abgesagt')) w.teil(v.id, firmen[firmen.length - 1], weitere[0]);
}
