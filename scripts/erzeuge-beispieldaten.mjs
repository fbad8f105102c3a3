// Writes the sample data of data/ (cluster.json, projekte.csv, aktivitaeten.csv, akteure.csv,
// beteiligungen.csv, bericht.json) as an analyst's German Excel export: `;`, UTF-8 with BOM, CRLF.
// Deterministic: no clock, no randomness. Run: node scripts/erzeuge-beispieldaten.mjs [zielordner]
// The figures reproduce the published Kennzahlen of the 2019 report Industrielle Produktion
// (test/golden/industrielle-produktion-2019.json). Invented organisations carry invented names.
// Optik und Photonik, Energietechnik, Smart Cities and Clean Technologies come from one module each in
// scripts/beispieldaten/ (their Cross Cluster-Vorhaben answer the ones of Industrielle Produktion and each other's).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { erzeugeCleanTechnologies } from './beispieldaten/clean-technologies.mjs';
import { erzeugeEnergietechnik } from './beispieldaten/energietechnik.mjs';
import { erzeugeOptikPhotonik } from './beispieldaten/optik-photonik.mjs';
import { erzeugeSmartCities } from './beispieldaten/smart-cities.mjs';
import { CLUSTERBERICHT_MANAGEMENT, schreibeClusterberichtDaten } from './erzeuge-clusterbericht-daten.mjs';

const ziel = process.argv[2] ?? 'data';
mkdirSync(ziel, { recursive: true });

// ---------------------------------------------------------------- cluster.json
const hf = (name, slug, extra = {}) => ({ slug, name, ...extra });
const cluster = [
  { slug: 'energietechnik', name: 'Energietechnik', art: 'cluster', land: 'gemeinsam', handlungsfelder: [
    hf('Energieeffizienztechnologien', 'energieeffizienztechnologien'), hf('Turbomaschinen und Kraftwerkstechnik', 'turbomaschinen-kraftwerkstechnik'),
    hf('Energienetze und Energiespeicher', 'energienetze-energiespeicher'), hf('Wind- und Solarenergie', 'wind-solarenergie'),
    hf('Wasserstoff und Sektorkopplung', 'wasserstoff-sektorkopplung', { ab: 2019 })] },
  { slug: 'gesundheitswirtschaft', name: 'Gesundheitswirtschaft', art: 'cluster', land: 'gemeinsam', handlungsfelder: [
    hf('Biotechnologie und Pharma', 'biotechnologie-pharma'), hf('Medizintechnik', 'medizintechnik'), hf('Digitale Gesundheit', 'digitale-gesundheit'),
    hf('Versorgung und Prävention', 'versorgung-praevention')] },
  { slug: 'ikt-medien-kreativwirtschaft', name: 'IKT, Medien und Kreativwirtschaft', art: 'cluster', land: 'gemeinsam', handlungsfelder: [
    hf('Digitale Technologien', 'digitale-technologien'), hf('Medien', 'medien'), hf('Kreativwirtschaft', 'kreativwirtschaft')] },
  { slug: 'optik-photonik', name: 'Optik und Photonik', art: 'cluster', land: 'gemeinsam', handlungsfelder: [
    hf('Photonik für Produktion', 'photonik-produktion'), hf('Biomedizinische Optik', 'biomedizinische-optik'),
    hf('Optische Kommunikation', 'optische-kommunikation'), hf('Mikrosystemtechnik', 'mikrosystemtechnik')] },
  { slug: 'verkehr-mobilitaet-logistik', name: 'Verkehr, Mobilität und Logistik', art: 'cluster', land: 'gemeinsam', handlungsfelder: [
    hf('Automotive', 'automotive'), hf('Schienenverkehrstechnik', 'schienenverkehrstechnik'), hf('Luft- und Raumfahrt', 'luft-raumfahrt'),
    hf('Logistik', 'logistik'), hf('Intelligente Mobilität', 'intelligente-mobilitaet')] },
  { slug: 'ernaehrungswirtschaft', name: 'Ernährungswirtschaft', art: 'cluster', land: 'brandenburg', handlungsfelder: [
    hf('Lebensmittelverarbeitung', 'lebensmittelverarbeitung'), hf('Regionale Wertschöpfung', 'regionale-wertschoepfung')] },
  { slug: 'kunststoffe-chemie', name: 'Kunststoffe und Chemie', art: 'cluster', land: 'brandenburg', handlungsfelder: [
    hf('Kunststoffverarbeitung', 'kunststoffverarbeitung'), hf('Chemie', 'chemie'), hf('Biobasierte Werkstoffe', 'biobasierte-werkstoffe')] },
  { slug: 'metall', name: 'Metall', art: 'cluster', land: 'brandenburg', handlungsfelder: [
    hf('Metallbe- und -verarbeitung', 'metallbearbeitung'), hf('Maschinen- und Anlagenbau', 'maschinen-anlagenbau')] },
  { slug: 'tourismus', name: 'Tourismus', art: 'cluster', land: 'brandenburg', handlungsfelder: [
    hf('Natur- und Aktivtourismus', 'natur-aktivtourismus'), hf('Kulturtourismus', 'kulturtourismus')] },
  { slug: 'smart-cities', name: 'Smart Cities', art: 'teilthema', land: 'berlin', handlungsfelder: [
    hf('Urbane Mobilität', 'urbane-mobilitaet'), hf('Smart Government', 'smart-government'), hf('Smart Living', 'smart-living')] },
  { slug: 'clean-technologies', name: 'Clean Technologies', art: 'teilthema', land: 'berlin', handlungsfelder: [
    hf('Kreislaufwirtschaft', 'kreislaufwirtschaft'), hf('Wasser und Abwasser', 'wasser-abwasser'), hf('Ressourceneffizienz', 'ressourceneffizienz')] },
  { slug: 'industrielle-produktion', name: 'Industrielle Produktion', art: 'teilthema', land: 'berlin', handlungsfelder: [
    hf('Industrie 4.0', 'industrie-4-0'), hf('Additive Fertigung', 'additive-fertigung'), hf('Leichtbau', 'leichtbau', { ab: 2020 })] },
  { slug: 'technologietransfer-innovationsmanagement', name: 'Technologietransfer und Innovationsmanagement', art: 'teilthema', land: 'berlin', handlungsfelder: [
    hf('Technologietransfer', 'technologietransfer'), hf('Innovationsmanagement', 'innovationsmanagement')] },
  // Sachsen-Anhalt, the second report format (scripts/erzeuge-clusterbericht-daten.mjs writes its tables).
  CLUSTERBERICHT_MANAGEMENT,
];
writeFileSync(join(ziel, 'cluster.json'), `${JSON.stringify({ cluster }, null, 2)}\n`);

// ---------------------------------------------------------------- helpers
const IP = 'Industrielle Produktion';
const NAME = Object.fromEntries(cluster.map((c) => [c.slug, c.name]));
const HF = { i40: 'Industrie 4.0', af: 'Additive Fertigung', ueb: 'gesamtclusterbezogen/handlungsfeldübergreifend' };
const STATUS = { vorb: 'in Vorbereitung', antrag: 'Antrag gestellt', laufend: 'begonnen/laufend', beendet: 'regulär beendet', abgebrochen: 'abgebrochen', abgesagt: 'abgesagt' };
const FG = { berlin: 'Land Berlin', bb: 'Land Brandenburg', bund: 'Bund', eu: 'EU', sonstige: 'sonstige', keine: 'keine öffentliche Förderung' };
const KS = {
  eu_u: 'Einzelvorhaben eines Unternehmens', eu_f: 'Einzelvorhaben einer Forschungseinrichtung', vu: 'Verbundprojekt unter Beteiligung mehrerer Unternehmen',
  vuf: 'Verbundprojekt unter Beteiligung von Unternehmen und Hochschulen/Forschungseinrichtungen', vf: 'Verbundprojekt mehrerer Forschungseinrichtungen', sv: 'sonstiges Verbundprojekt',
};
/** ISO date → dd.mm.yyyy */
const d = (iso) => (iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '');
/** cents → German amount `69.200.000,00` */
const eur = (cent) => {
  if (cent === undefined) return '';
  const euro = Math.floor(cent / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${euro},${String(cent % 100).padStart(2, '0')}`;
};
const zelle = (v) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const schreibeCsv = (datei, kopf, zeilen) => {
  const text = [kopf, ...zeilen].map((z) => z.map(zelle).join(';')).join('\r\n');
  writeFileSync(join(ziel, datei), `\uFEFF${text}\r\n`);
};
const mio = (euro) => Math.round(euro * 100);

// ---------------------------------------------------------------- akteure
const akteure = [];
const neu = (name, typ, sitz, o = {}) => {
  const a = { id: `AK-${String(akteure.length + 1).padStart(4, '0')}`, name, typ, sitz, ...o };
  akteure.push(a);
  return a;
};
// Research: real public institutions (participants only, no figures about them) and invented ones.
const fhg = neu('Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e. V.', 'Forschungsinstitut', 'extern');
const tu = neu('Technische Universität Berlin', 'Hochschule', 'Berlin');
const tuFak = neu('Technische Universität Berlin, Fakultät V – Verkehrs- und Maschinensysteme', 'Hochschule', 'Berlin', { uebergeordnet: tu.id });
const htw = neu('Hochschule für Technik und Wirtschaft Berlin', 'Hochschule', 'Berlin');
const htwFb = neu('Hochschule für Technik und Wirtschaft Berlin, Fachbereich 2 – Ingenieurwissenschaften', 'Hochschule', 'Berlin', { uebergeordnet: htw.id });
const ipk = neu('Fraunhofer-Institut für Produktionsanlagen und Konstruktionstechnik IPK', 'Forschungsinstitut', 'Berlin', { uebergeordnet: fhg.id });
const izm = neu('Fraunhofer-Institut für Zuverlässigkeit und Mikrointegration IZM', 'Forschungsinstitut', 'Berlin', { uebergeordnet: fhg.id });
const hhi = neu('Fraunhofer-Institut für Nachrichtentechnik, Heinrich-Hertz-Institut HHI', 'Forschungsinstitut', 'Berlin', { uebergeordnet: fhg.id });
const bam = neu('Bundesanstalt für Materialforschung und -prüfung (BAM)', 'Forschungsinstitut', 'Berlin');
const weitereEchte = [
  ['Beuth Hochschule für Technik Berlin', 'Hochschule', 'Berlin'], ['Freie Universität Berlin', 'Hochschule', 'Berlin'],
  ['Humboldt-Universität zu Berlin', 'Hochschule', 'Berlin'], ['Brandenburgische Technische Universität Cottbus-Senftenberg', 'Hochschule', 'Brandenburg'],
  ['Technische Hochschule Wildau', 'Hochschule', 'Brandenburg'], ['Universität Potsdam', 'Hochschule', 'Brandenburg'],
].map(([n, t, s]) => neu(n, t, s));
const erfundeneForschung = [];
const themen = ['Fertigungstechnik', 'Werkstoffprüfung', 'Robotik', 'Sensorik', 'Automatisierung', 'Lasertechnik', 'Leichtbauweisen', 'Datenanalyse',
  'Oberflächentechnik', 'Mensch-Maschine-Interaktion', 'Pulvermetallurgie', 'Mikromontage', 'Produktionslogistik', 'Simulation', 'Bionik', 'Qualitätssicherung', 'Medizinprodukte'];
themen.forEach((t, i) => {
  const sitz = i % 6 === 4 ? 'Brandenburg' : i % 6 === 5 ? 'extern' : 'Berlin';
  erfundeneForschung.push(neu(`${['Beispiel-Institut', 'Musterinstitut', 'Exempel-Forschungszentrum'][i % 3]} für ${t}`, 'Forschungsinstitut', sitz));
});
['Hochschule Musterstadt', 'Technische Hochschule Beispielburg', 'Universität Exempelheim', 'Fachhochschule Musterhafen', 'Hochschule Beispielfeld']
  .forEach((n, i) => erfundeneForschung.push(neu(n, 'Hochschule', i < 2 ? 'extern' : i === 2 ? 'Brandenburg' : 'Berlin')));
// Zähleinheiten of research, and the actor row that takes part for each (a faculty for TU Berlin and HTW).
const forschung = [tu, htw, ipk, izm, hhi, bam, ...weitereEchte, ...erfundeneForschung]; // 34 + 0 spare = 34 counting units
if (forschung.length !== 34) throw new Error(`Forschung: ${forschung.length}`);

// Companies: two real young Berlin companies named in the seed, Siemens AG named as WvSC partner; the rest invented.
const SITZ_MUSTER = ['Berlin', 'Berlin', 'extern', 'Berlin', 'Brandenburg', 'Berlin', 'Berlin', 'extern', 'Berlin', 'Berlin'];
const STAEMME = ['Beispielwerk', 'Musterfabrik', 'Exempel', 'Probewerk', 'Modellwerk', 'Platzhalter', 'Musterteile', 'Musterbau', 'Fiktiva', 'Beispiel'];
const BRANCHEN = ['Präzisionsteile', 'Automation', 'Robotik', 'Sensorik', 'Antriebstechnik', 'Gießerei', 'Laserbearbeitung', 'Steuerungstechnik',
  'Kunststofftechnik', 'Software', 'Maschinenbau', 'Elektronik', 'Messtechnik', 'Werkzeugbau', 'Fertigungssysteme', 'Datenanalyse', 'Oberflächentechnik',
  'Logistiksysteme', 'Druckguss', 'Prototyping', 'Medizintechnik', 'Industrie-IT', 'Anlagenbau'];
const KLASSE = { k: ['1-9', 4], s: ['10-49', 25], m: ['50-249', 120], g: ['250 und mehr', 1200] };
let firmenNr = 0;
const namen = new Set();
const firma = (klasse, o = {}) => {
  const i = firmenNr++;
  let name;
  for (let v = 0; ; v++) {
    const form = klasse === 'k' ? 'UG (haftungsbeschränkt)' : klasse === 'g' && i % 3 === 0 ? 'AG' : i % 4 === 1 ? 'GmbH & Co. KG' : 'GmbH';
    name = `${STAEMME[(i + v) % STAEMME.length]} ${BRANCHEN[(i * 7 + v) % BRANCHEN.length]} ${form}`;
    if (!namen.has(name)) break;
  }
  namen.add(name);
  const [gk, basis] = KLASSE[klasse];
  const art = i % 3; // 0: Größenklasse only, 1: Beschäftigte only, 2: both
  return neu(o.name ?? name, 'Unternehmen', o.sitz ?? SITZ_MUSTER[i % SITZ_MUSTER.length], {
    groessenklasse: art === 1 ? undefined : gk, beschaeftigte: art === 0 ? undefined : basis + (i % 5), ...o.extra,
  });
};
const orion = neu('Orion Additive Manufacturing GmbH', 'Unternehmen', 'Berlin', { groessenklasse: '1-9' });
const space = neu('Space Structures GmbH', 'Unternehmen', 'Berlin', { groessenklasse: '1-9' });
const siemens = neu('Siemens AG', 'Unternehmen', 'Berlin', { groessenklasse: '250 und mehr' });
const nord = neu('Musterfabrik Nord GmbH', 'Unternehmen', 'Berlin', { beschaeftigte: 870 });
const nordService = neu('Musterfabrik Nord Service GmbH', 'Unternehmen', 'Brandenburg', { beschaeftigte: 38, uebergeordnet: nord.id });
const reihe = (klasse, n) => Array.from({ length: n }, () => firma(klasse));
const klein = [orion, space, ...reihe('k', 6)]; // 8
const kleinMittel = reihe('s', 19);
const mittel = reihe('m', 12);
const gross = [siemens, nord, ...reihe('g', 27)]; // 29
const vereine = ['Beispielverein Additive Medizin e. V.', 'Förderkreis Musterproduktion e. V.', 'Verein Exempel Industriekultur e. V.',
  'Beispielverband Automatisierung e. V.', 'Musterverein Fertigungsnachwuchs e. V.'].map((n, i) => neu(n, 'Verein', i === 3 ? 'extern' : 'Berlin'));
const netzwerke = [neu('Netzwerk Additive Fertigung Musterregion', 'Netzwerk', 'Berlin'), neu('Bionik-Netzwerk Beispielland', 'Netzwerk', 'Brandenburg')];
const kommunen = [neu('Gemeinde Musterfelde', 'Landkreis/Kommune', 'Brandenburg'), neu('Landkreis Beispielheide', 'Landkreis/Kommune', 'Brandenburg')];
// Taking part only in Vorhaben that do not count (cancelled before the Stichtag, Standardaktivität, 2017).
const nurAusgeschlossen = [firma('s'), firma('k'), firma('m'), firma('g')];
const nur2017 = [firma('s'), firma('m')];

// ---------------------------------------------------------------- projekte
const projekte = [];
const P = (o) => { projekte.push(o); return o.id; };
const proj = (id, titel, o) => ({ id, titel, cluster: IP, beteiligte: [], leitlinien: [], schwerpunkte: [], ...o });
// 2016/2017
P(proj('PR-16-01', 'Industrie 4.0-Demonstrator für KMU', { hf: HF.i40, beginn: '2016-05-02', ende: '2018-04-30', status: STATUS.beendet, pv: mio(300000), fv: mio(150000), fg: FG.berlin, programm: 'ProFIT', fueui: true, ks: KS.vu }));
P(proj('PR-17-01', 'Retrofit von Bestandsmaschinen für Industrie 4.0', { hf: HF.i40, beginn: '2017-02-01', ende: '2017-12-15', status: STATUS.beendet, pv: mio(400000), fg: FG.keine, fueui: true, ks: KS.vu }));
P(proj('PR-17-02', 'Pilotlinie Laserstrahlschmelzen', { hf: HF.af, beginn: '2017-04-03', ende: '2018-09-28', status: STATUS.beendet, pv: mio(1200000), fv: mio(600000), fg: FG.bund, programm: 'KMU-innovativ', fueui: true, ks: KS.vuf }));
P(proj('PR-17-03', 'Digitale Instandhaltung im Mittelstand', { hf: HF.i40, beginn: '2017-06-12', status: STATUS.abgebrochen, seit: '2020-02-28', pv: mio(180000), fv: mio(90000), fg: FG.berlin, fueui: false }));
P(proj('PR-17-04', 'Sensorintegrierte Leichtbaustrukturen', { hf: HF.ueb, beginn: '2017-09-01', ende: '2018-06-30', status: STATUS.beendet, pv: mio(850000), pvbb: mio(700000), fv: mio(500000), fvbb: mio(420000), fg: FG.eu, programm: 'Horizont 2020', fueui: true, ks: KS.vuf }));
P(proj('PR-17-05', 'Vernetzte Prüfstände für Antriebe', { hf: HF.i40, beginn: '2017-08-14', status: STATUS.abgesagt, seit: '2017-11-15', pv: mio(250000), fg: FG.keine, fueui: true, ks: KS.vu }));
// 2018: five FuEuI projects, four Verbund mehrerer Unternehmen, one Cross Cluster-Projekt, 75 % gefördert.
P(proj('PR-18-01', 'Vernetzte Intralogistik in der Serienfertigung', { hf: HF.i40, beginn: '2018-03-12', ende: '2018-11-30', status: STATUS.beendet, pv: mio(600000), fg: FG.keine, fueui: true, ks: KS.vu, beteiligte: [NAME['verkehr-mobilitaet-logistik']] }));
P(proj('PR-18-02', 'Assistenzsysteme für die Montage', { hf: HF.i40, beginn: '2018-05-02', ende: '2018-12-14', status: STATUS.beendet, pv: mio(750000), fv: mio(375000), fg: FG.berlin, programm: 'ProFIT', fueui: true, ks: KS.vu }));
P(proj('PR-18-03', 'Additiv gefertigte Greiferkomponenten', { hf: HF.af, beginn: '2018-06-18', status: STATUS.abgebrochen, seit: '2019-05-31', pv: mio(500000), fv: mio(250000), fg: FG.bund, programm: 'ZIM', fueui: true, ks: KS.vu }));
P(proj('PR-18-04', 'Datenbasierte Qualitätssicherung im Spritzguss', { hf: HF.i40, beginn: '2018-09-03', ende: '2018-12-20', status: STATUS.beendet, pv: mio(300000), pvbb: mio(240000), fv: mio(150000), fvbb: mio(120000), fg: FG.eu, programm: 'EFRE', fueui: true, ks: KS.vu }));
P(proj('PR-18-05', 'Prozesskette Metall-3D-Druck für Kleinserien', { hf: HF.af, beginn: '2018-10-01', ende: '2018-12-31', status: STATUS.beendet, pv: mio(250000), fv: mio(250000), fg: FG.berlin, programm: 'Berliner Programm für Nachhaltige Entwicklung', fueui: true, ks: KS.eu_f }));
// 2019: fifteen new projects; six in the context of Siemensstadt 2.0 (67,3 Mio. €).
const E = NAME.energietechnik, O = NAME['optik-photonik'], G = NAME.gesundheitswirtschaft, I = NAME['ikt-medien-kreativwirtschaft'];
const wvsc = P(proj('PR-19-01', 'Werner-von-Siemens Centre for Industry and Science', { hf: HF.ueb, beginn: '2019-01-21', status: STATUS.laufend, pv: mio(15000000), fv: mio(7500000), fg: FG.berlin, programm: 'GRW', fueui: true, ks: KS.vuf, beteiligte: [E, O], leitlinien: ['Cross Cluster stärken'], schwerpunkte: ['Digitalisierung'] }));
const dz = P(proj('PR-19-02', 'Siemensstadt 2.0 – Verbundvorhaben Digitaler Zwilling der Fabrik', { hf: HF.i40, beginn: '2019-02-18', status: STATUS.laufend, pv: mio(9500000), fv: mio(4750000), fg: FG.berlin, programm: 'GRW', fueui: true, ks: KS.vuf, beteiligte: [O], schwerpunkte: ['Digitalisierung'] }));
const aft = P(proj('PR-19-03', 'Siemensstadt 2.0 – Additive Fertigung von Turbinenkomponenten', { hf: HF.af, beginn: '2019-04-08', status: STATUS.antrag, pv: mio(12400000), pvbb: mio(12000000), fv: mio(6200000), fvbb: mio(6000000), fg: FG.berlin, programm: 'GRW', fueui: true, ks: KS.vuf, beteiligte: [E, O] }));
const mat = P(proj('PR-19-04', 'Siemensstadt 2.0 – Neue Materialien für die Energietechnik', { hf: HF.ueb, beginn: '2019-05-06', status: STATUS.antrag, pv: mio(7600000), pvbb: mio(7400000), fv: mio(3800000), fvbb: mio(3700000), fg: FG.berlin, programm: 'GRW', fueui: true, ks: KS.vuf, beteiligte: [E, O] }));
const urb = P(proj('PR-19-05', 'Siemensstadt 2.0 – Urbane Produktion im Quartier', { hf: HF.i40, beginn: '2019-03-11', status: STATUS.laufend, pv: mio(14800000), fg: FG.keine, fueui: false, beteiligte: [NAME['smart-cities'], NAME['verkehr-mobilitaet-logistik']], schwerpunkte: ['Reallabore und Testfelder'] }));
const tf = P(proj('PR-19-06', 'Siemensstadt 2.0 – Industrielles Testfeld 5G-Produktion', { hf: HF.i40, beginn: '2019-06-03', status: STATUS.laufend, pv: mio(8000000), fg: FG.keine, fueui: true, ks: KS.vu, beteiligte: [I], schwerpunkte: ['Reallabore und Testfelder', 'Digitalisierung'] }));
const iam = P(proj('PR-19-07', 'IAM-Hub – Campus für Industrial Additive Manufacturing', { hf: HF.af, beginn: '2019-07-01', status: STATUS.antrag, pv: mio(820000), fv: mio(574000), fg: FG.berlin, programm: 'Masterplan Industriestadt Berlin', fueui: true, ks: KS.vuf, beteiligte: [G], leitlinien: ['Cross Cluster stärken'], schwerpunkte: ['Reallabore und Testfelder'] }));
const basys = P(proj('PR-19-08', 'BaSys2Go - Open Basys 4.0', { hf: HF.i40, beginn: '2019-02-04', status: STATUS.laufend, pv: mio(410000), fv: mio(205000), fg: FG.bund, programm: 'BMBF', fueui: true, ks: KS.vuf, schwerpunkte: ['Digitalisierung'] }));
const dplus = P(proj('PR-19-09', 'Digital Plus', { hf: HF.i40, beginn: '2019-04-01', status: STATUS.laufend, pv: mio(250000), fv: mio(250000), fg: FG.berlin, programm: 'Masterplan Industriestadt Berlin', fueui: false, leitlinien: ['Innovation breiter denken'], schwerpunkte: ['Digitalisierung', 'Reallabore und Testfelder'] }));
const orionP = P(proj('PR-19-10', 'AMable: Additiv gefertigtes Unterwasserkameragehäuse (Orion Additive Manufacturing GmbH)', { hf: HF.af, beginn: '2019-01-14', ende: '2019-11-29', status: STATUS.beendet, pv: 6340050, fv: mio(44380), fg: FG.eu, programm: 'AMable', fueui: true, ks: KS.eu_u, leitlinien: ['Internationaler aufstellen'], schwerpunkte: ['Startups und Gründungen'] }));
const spaceP = P(proj('PR-19-11', 'AMable: Additiv gefertigte Adapterelemente für Prothesen (Space Structures GmbH)', { hf: HF.af, beginn: '2019-02-25', ende: '2019-10-31', status: STATUS.beendet, pv: mio(35000), fv: mio(25000), fg: FG.eu, programm: 'AMable', fueui: true, ks: KS.eu_u, leitlinien: ['Internationaler aufstellen'], schwerpunkte: ['Startups und Gründungen'] }));
const mga = P(proj('PR-19-12', 'Medical goes Additive – Netzwerk Additive Fertigung und Gesundheit', { hf: HF.af, beginn: '2019-03-18', ende: '2019-12-13', status: STATUS.beendet, pv: mio(120000), fv: mio(60000), fg: FG.sonstige, programm: 'Stiftungsmittel', fueui: false, beteiligte: [G] }));
const am3 = P(proj('PR-19-13', 'AMable, zweiter Aufruf: Additiv gefertigter Wärmeübertrager', { hf: HF.af, beginn: '2019-09-16', status: STATUS.antrag, pv: mio(60000), fv: mio(42000), fg: FG.eu, programm: 'AMable', fueui: true, ks: KS.eu_u, beteiligte: [E] }));
const am4 = P(proj('PR-19-14', 'AMable, zweiter Aufruf: Sensorintegrierte Greiferfinger', { hf: HF.af, beginn: '2019-10-07', status: STATUS.antrag, pv: mio(95000), fv: mio(66500), fg: FG.eu, programm: 'AMable', fueui: true, ks: KS.sv }));
const quali = P(proj('PR-19-15', 'Qualifizierungsoffensive Additive Fertigung', { hf: HF.af, beginn: '2019-11-04', status: STATUS.vorb, pv: 6159950, fv: 0, fg: FG.berlin, programm: 'Masterplan Industriestadt Berlin', fueui: false, schwerpunkte: ['Arbeit 4.0 und Fachkräfte'] }));
const weg = P(proj('PR-19-16', 'Cobot-Testfeld für Handwerksbetriebe', { hf: HF.i40, beginn: '2019-02-11', status: STATUS.abgesagt, seit: '2019-09-30', pv: mio(900000), fv: mio(450000), fg: FG.berlin, fueui: true, ks: KS.vuf, beteiligte: [I] }));

// ---------------------------------------------------------------- aktivitaeten
const aktivitaeten = [];
const A = (id, titel, hfeld, beginn, format, o = {}) => { aktivitaeten.push({ id, titel, cluster: IP, hf: hfeld, beginn, format, beteiligte: [], ...o }); return id; };
const V = NAME['verkehr-mobilitaet-logistik'];
const a18 = [
  A('SA-18-01', 'Fachgespräch „Additive Fertigung“', HF.af, '2018-01-15', 'Forum', { beteiligte: [O, G], ende: '2018-02-22', tn: 60 }),
  A('SA-18-02', 'AM-Forum Berlin 2018', HF.af, '2018-01-08', 'Konferenz', { beteiligte: [O, G], ende: '2018-03-20' }),
  A('SA-18-03', 'Workshop Additive Fertigung im Werkzeugbau', HF.af, '2018-04-09', 'Workshop', { beteiligte: [O], tn: 35 }),
  A('SA-18-04', 'Anwendertreffen 3D-Druck im Mittelstand', HF.af, '2018-05-14', 'Workshop', { tn: 28 }),
  A('SA-18-05', 'Gemeinschaftsstand Additive Fertigung auf einer Fachmesse', HF.af, '2018-06-04', 'Messe', { ende: '2018-11-16' }),
  A('SA-18-06', 'Standortmarketing Additive Fertigung Berlin', HF.af, '2018-07-02', 'Marketing'),
  A('SA-18-07', 'Forum Industrie 4.0 – Plattformen und Daten', HF.i40, '2018-02-05', 'Forum', { beteiligte: [I, V], tn: 85 }),
  A('SA-18-08', 'Workshop Künstliche Intelligenz in der Produktion', HF.i40, '2018-03-05', 'Workshop', { beteiligte: [I], tn: 40 }),
  A('SA-18-09', 'Workshop IT-Sicherheit in der Produktion', HF.i40, '2018-04-23', 'Workshop', { beteiligte: [I], tn: 32 }),
  A('SA-18-10', 'Workshop Vernetzte Logistik', HF.i40, '2018-05-28', 'Workshop', { beteiligte: [V], tn: 30 }),
  A('SA-18-11', 'Fachforum Mobilität und Produktion', HF.i40, '2018-06-11', 'Forum', { tn: 55 }),
  A('SA-18-12', 'Industrie 4.0-Sprechtag für KMU', HF.i40, '2018-08-20', 'sonstiges', { tn: 18 }),
  A('SA-18-13', 'Unternehmensbesuch Smart Factory', HF.i40, '2018-09-10', 'sonstiges', { tn: 22 }),
  A('SA-18-14', 'Fachkräfteforum Digitale Kompetenzen', HF.i40, '2018-10-08', 'Fachkräftegewinnung, -bindung und -entwicklung', { tn: 45 }),
  A('SA-18-15', 'Gemeinschaftsstand auf einer Fachmesse Automatisierung', HF.i40, '2018-10-22', 'Messe', { ende: '2018-11-29' }),
  A('SA-18-16', 'Auftaktveranstaltung Masterplan Industriestadt Berlin', HF.ueb, '2018-11-12', 'Konferenz', { tn: 150 }),
];
const std18 = A('SA-18-17', 'Beiratssitzung Industrielle Produktion', HF.ueb, '2018-12-03', 'sonstiges', { std: true, tn: 14 });
const imit = ['Steuerung und Automatisierung von Produktionsprozessen', 'Bedienerfreundlichkeit in der Produktion',
  'Virtual-Reality-/Augmented-Reality-Anwendungen für die Industrie', 'Künstliche Intelligenz (KI) in der Industrie', 'IoT-Lösungen für die Industrie'];
const imitTermine = ['2019-03-14', '2019-05-16', '2019-07-11', '2019-09-19', '2019-11-21'];
const imitTn = [48, 52, 55, 47, 50];
const a19 = [
  ...imit.map((t, i) => A(`SA-19-0${i + 1}`, `Industry meets IT: ${t}`, HF.i40, imitTermine[i], 'Workshop', { beteiligte: i === 2 ? [I, O] : [I], tn: imitTn[i], ende: imitTermine[i] })),
  A('SA-19-06', 'AM-Forum Berlin 2019', HF.af, '2019-01-07', 'Konferenz', { beteiligte: [O, G], ende: '2019-03-26' }),
  A('SA-19-07', 'Workshop Additive Fertigung in der Energietechnik', HF.af, '2019-04-15', 'Workshop', { beteiligte: [E, O], tn: 38 }),
  A('SA-19-08', 'Anwenderworkshop Additive Fertigung für KMU', HF.af, '2019-06-17', 'Workshop', { tn: 26 }),
  A('SA-19-09', 'Forum Ressourceneffiziente Produktion', HF.i40, '2019-05-20', 'Forum', { beteiligte: [NAME['clean-technologies']], tn: 64 }),
  A('SA-19-10', 'Fachforum Industrie 4.0 im Mittelstand', HF.i40, '2019-10-14', 'Forum', { tn: 70 }),
  A('SA-19-11', 'Leichtbau in der Robotik', HF.ueb, '2019-08-26', 'Workshop', { tn: 34 }),
  A('SA-19-12', 'Leichtbau in der Medizintechnik', HF.ueb, '2019-09-30', 'Workshop', { beteiligte: [G, O], tn: 41 }),
  A('SA-19-13', 'Materialien für den Leichtbau', HF.ueb, '2019-11-11', 'Workshop', { tn: 37 }),
];
const std19 = A('SA-19-14', 'Arbeitskreis Additive Fertigung (regelmäßig)', HF.af, '2019-02-06', 'Workshop', { std: true, tn: 20 });
const abgesagt19 = A('SA-19-15', 'Fachforum Digitale Fabrik', HF.i40, '2019-04-01', 'Forum', { status: 'abgesagt', seit: '2019-06-14' });

// ---------------------------------------------------------------- beteiligungen
const bet = [];
const b = (vorhaben, ...wer) => { for (const a of wer) bet.push([vorhaben, a.id]); };
/** Spreads actors round-robin over Vorhaben. */
const verteile = (vorhaben, wer) => wer.forEach((a, i) => b(vorhaben[i % vorhaben.length], a));

// 2019 projects: 38 Zähleinheiten (20 research, 17 companies: 4 / 7 / 0 / 6, 1 Verein).
b(wvsc, siemens, siemens, tuFak, htw, ipk, izm); // Siemens AG twice: a repeated participation (counts once)
b(dz, siemens, hhi); b(aft, siemens, tu); b(mat, siemens, bam); b(urb, siemens); b(tf, siemens, nordService);
b(basys, nord); b(dplus, htwFb); b(orionP, orion); b(spaceP, space); b(am3, klein[2]); b(am4, klein[3]); b(mga, vereine[0]);
const forschungProjekte = forschung.slice(6, 20); // 14 more research units (TU, HTW, IPK, IZM, HHI, BAM are placed above)
verteile([wvsc, dz, aft, mat, iam, basys, mga, urb, dplus, quali, am4], forschungProjekte);
verteile([wvsc, dz, aft, mat, urb, tf, iam, basys, mga, quali], [...kleinMittel.slice(0, 7), ...gross.slice(2, 6)]);
b(weg, nurAusgeschlossen[0], kleinMittel[10]);

// 2019 Sonstige Aktivitäten: 72 further Zähleinheiten (14 research, 51 companies: 4 / 12 / 12 / 23, 3 Vereine, 2 Netzwerke, 2 Kommunen).
const nur19a = [...forschung.slice(20, 34), ...klein.slice(4, 8), ...kleinMittel.slice(7, 19), ...mittel, ...gross.slice(6, 29), ...vereine.slice(1, 4)];
verteile(a19, nur19a);
b('SA-19-06', netzwerke[0], siemens, orion, ipk); b('SA-19-08', netzwerke[0], space); b('SA-19-13', netzwerke[1], bam);
b('SA-19-09', ...kommunen); b('SA-19-04', siemens, tuFak); b('SA-19-11', ipk);
b(std19, nurAusgeschlossen[1], klein[0]); b(abgesagt19, nurAusgeschlossen[2]);

// 2018 projects: 3 Zähleinheiten (TU Berlin via its faculty, Fraunhofer IPK, Musterfabrik Nord via its subsidiary).
b('PR-18-01', nordService); b('PR-18-02', tuFak); b('PR-18-03', ipk);
// 2018 Sonstige Aktivitäten: 43 further Zähleinheiten (5 research, 36 companies: 0 / 5 / 8 / 23, 2 Vereine).
verteile(a18, [htw, izm, bam, forschung[6], forschung[20], ...kleinMittel.slice(0, 5), ...mittel.slice(0, 8), siemens, ...gross.slice(2, 24), vereine[1], vereine[4]]);
b('SA-18-02', ipk, tuFak); b(std18, nurAusgeschlossen[3]);
// 2016/2017 projects (outside the actor window).
b('PR-16-01', nord, ...nur2017); b('PR-17-02', ipk, tu); b('PR-17-03', nur2017[0]); b('PR-17-05', nurAusgeschlossen[3]);

// ---------------------------------------------------------------- further managements (one module each)
// Optik und Photonik, Energietechnik, Smart Cities and Clean Technologies: their own Vorhaben, actors and
// participations, appended after Industrielle Produktion (whose records above stay as they are).
const kontext = {
  cluster, NAME, STATUS, FG, KS, mio, neu, namen, projekte, aktivitaeten, bet,
  akteur: { fhg, tu, tuFak, htw, htwFb, ipk, izm, hhi, bam, weitereEchte, erfundeneForschung, gross, mittel, kleinMittel, kommunen },
};
for (const erzeuge of [erzeugeOptikPhotonik, erzeugeEnergietechnik, erzeugeSmartCities, erzeugeCleanTechnologies]) erzeuge(kontext);

// ---------------------------------------------------------------- write the tables
schreibeCsv('projekte.csv', ['ID', 'Titel', 'Cluster/Teilthema', 'Beteiligte Cluster', 'Handlungsfeld', 'Laufzeitbeginn', 'Laufzeitende', 'Status', 'Status seit',
  'Projektvolumen', 'Projektvolumen Berlin-Brandenburg', 'Fördervolumen', 'Fördervolumen Berlin-Brandenburg', 'Fördergeber', 'Förderprogramm', 'FuEuI-Projekt',
  'Konsortialstruktur', 'Leitlinien', 'Schwerpunkt-Themen'],
projekte.map((p) => [p.id, p.titel, p.cluster, p.beteiligte.join('|'), p.hf, d(p.beginn), d(p.ende), p.status, d(p.seit), eur(p.pv), eur(p.pvbb), eur(p.fv),
  eur(p.fvbb), p.fg, p.programm, p.fueui ? 'ja' : 'nein', p.ks, p.leitlinien.join('|'), p.schwerpunkte.join('|')]));

schreibeCsv('aktivitaeten.csv', ['ID', 'Titel', 'Cluster/Teilthema', 'Beteiligte Cluster', 'Handlungsfeld', 'Beginn', 'Ende', 'Format', 'Status', 'Status seit',
  'Teilnehmende', 'Standardaktivität', 'Leitlinien', 'Schwerpunkt-Themen'],
aktivitaeten.map((a) => [a.id, a.titel, a.cluster, a.beteiligte.join('|'), a.hf, d(a.beginn), d(a.ende), a.format, a.status ?? 'durchgeführt', d(a.seit),
  a.tn, a.std ? 'ja' : 'nein', (a.leitlinien ?? []).join('|'), (a.schwerpunkte ?? (a.titel.startsWith('Industry meets IT') ? ['Digitalisierung'] : [])).join('|')]));

schreibeCsv('akteure.csv', ['ID', 'Name', 'Typ', 'Sitz', 'Beschäftigte', 'Größenklasse', 'Übergeordnete Organisation'],
  akteure.map((a) => [a.id, a.name, a.typ, a.sitz, a.beschaeftigte, a.groessenklasse, a.uebergeordnet]));

schreibeCsv('beteiligungen.csv', ['Vorhaben-ID', 'Akteur-ID'], bet);

// ---------------------------------------------------------------- bericht.json
const bericht = {
  herausgeber: ['Land Berlin', 'vertreten durch die Senatsverwaltung für Wirtschaft, Energie und Betriebe', 'Martin-Luther-Str. 105', '10825 Berlin', 'www.berlin.de/sen/web'],
  redaktion: ['Ramboll Management Consulting GmbH', 'Neue Grünstraße 17', '10179 Berlin', 'info@ramboll.de', 'www.ramboll.de'],
  foerderhinweis: 'Dieser Bericht wurde aus Mitteln der Länder Berlin und Brandenburg gefördert; kofinanziert von der Europäischen Union – Europäischer Fonds für regionale Entwicklung.',
  veroeffentlichung: '2020-07-15',
  logos: [{ datei: 'logos/eu-efre.svg', alt: 'Europäische Union – Europäischer Fonds für regionale Entwicklung', beschriftung: ['EUROPÄISCHE UNION', 'Europäischer Fonds für regionale Entwicklung'] }],
  weitere_informationen: [
    { text: 'zur Gemeinsamen Innovationsstrategie innoBB 2025', url: 'http://innobb.de/de/innobb-2025-eine-neue-strategie-fuer-neue-zeiten' },
    { cluster: 'industrielle-produktion', url: 'https://www.berlin-partner.de/branchen-cluster/industrielle-produktion/' },
    { cluster: 'smart-cities', url: 'https://www.berlin-partner.de/branchen-cluster/smart-cities/' },
    { cluster: 'clean-technologies', url: 'https://www.berlin-partner.de/branchen-cluster/clean-technologies/' },
    { cluster: 'energietechnik', url: 'https://energietechnik-bb.de/' },
    { cluster: 'optik-photonik', url: 'https://optik-bb.de/' },
  ],
};
writeFileSync(join(ziel, 'bericht.json'), `${JSON.stringify(bericht, null, 2)}\n`);
const clusterbericht = schreibeClusterberichtDaten(ziel);
console.log(`${ziel}/clusterbericht: ${Object.entries(clusterbericht).map(([t, n]) => `${n} ${t}`).join(', ')}`);
console.log(`${ziel}: ${projekte.length} Projekte, ${aktivitaeten.length} Aktivitäten, ${akteure.length} Akteure, ${bet.length} Beteiligungen`);
