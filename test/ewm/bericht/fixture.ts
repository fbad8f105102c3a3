/**
 * A hand-built EWM input for Industrielle Produktion 2019. Exact values are the published figures of the
 * seed report (copied from the golden file); volumes, statuses, fields, formats and origins are invented
 * so that they satisfy the golden conditions (67 % / 75 % funded share, Additive Fertigung leading …).
 */
import type { BerichtEingabe } from '../../../src/ewm/bericht/baue-html.js';
import type { Cluster } from '../../../src/model/typen.js';
import type { EwmDaten } from '../../../src/ewm/model/typen.js';
import type { AnalystTexte } from '../../../src/ewm/texte/analyst-texte.js';

const c = (slug: string, name: string, art: Cluster['art'], land: Cluster['land']): Cluster => ({ slug, name, art, land, berichtsformat: 'ewm', handlungsfelder: [] });

export const REGISTRY: Cluster[] = [
  c('energietechnik', 'Energietechnik', 'cluster', 'gemeinsam'),
  c('gesundheitswirtschaft', 'Gesundheitswirtschaft', 'cluster', 'gemeinsam'),
  c('ikt-medien-kreativwirtschaft', 'IKT, Medien und Kreativwirtschaft', 'cluster', 'gemeinsam'),
  c('optik-photonik', 'Optik und Photonik', 'cluster', 'gemeinsam'),
  c('verkehr-mobilitaet-logistik', 'Verkehr, Mobilität und Logistik', 'cluster', 'gemeinsam'),
  c('ernaehrungswirtschaft', 'Ernährungswirtschaft', 'cluster', 'brandenburg'),
  c('kunststoffe-chemie', 'Kunststoffe und Chemie', 'cluster', 'brandenburg'),
  c('metall', 'Metall', 'cluster', 'brandenburg'),
  c('tourismus', 'Tourismus', 'cluster', 'brandenburg'),
  c('smart-cities', 'Smart Cities', 'teilthema', 'berlin'),
  c('clean-technologies', 'Clean Technologies', 'teilthema', 'berlin'),
  {
    slug: 'industrielle-produktion', name: 'Industrielle Produktion', art: 'teilthema', land: 'berlin',
    berichtsformat: 'ewm',
    handlungsfelder: [
      { slug: 'industrie-4-0', name: 'Industrie 4.0' },
      { slug: 'additive-fertigung', name: 'Additive Fertigung' },
      { slug: 'leichtbau', name: 'Leichtbau', ab: 2020 },
    ],
  },
  c('technologietransfer-innovationsmanagement', 'Technologietransfer und Innovationsmanagement', 'teilthema', 'berlin'),
];

export const IP = REGISTRY.find((x) => x.slug === 'industrielle-produktion')!;

export const KENNZAHLEN: Record<string, number> = {
  // exact figures of the seed (golden file)
  'projekte.begleitet.2019': 16,
  'projekte.neu.2017': 4,
  'projekte.neu.2018': 5,
  'projekte.neu.2019': 15,
  'projekte.neu.2019.status.regulaer_beendet': 3,
  'projekte.neu.2019.status.begonnen_laufend': 6,
  'projekte.neu.2019.status.antrag_gestellt': 5,
  'projekte.neu.2019.status.in_vorbereitung': 1,
  'projekte.neu.2019.status.abgebrochen': 0,
  'projekte.neu.2019.status.abgesagt': 0,
  'projekte.neu.2019.fueui': 11,
  'projekte.neu.2018.fueui': 5,
  'projekte.neu.2018.fueui.konsortialstruktur.verbund_unternehmen': 4,
  'projekte.neu.2018.fueui.konsortialstruktur.verbund_unternehmen_forschung': 1,
  'projekte.neu.2019.fueui.konsortialstruktur.verbund_unternehmen_forschung': 6,
  'projekte.neu.2019.fueui.konsortialstruktur.verbund_unternehmen': 3,
  'projekte.neu.2019.fueui.konsortialstruktur.einzelvorhaben_unternehmen': 2,
  'projekte.neu.2019.fueui.foerdergeber.land_berlin': 5,
  'projekte.neu.2019.fueui.foerdergeber.eu': 4,
  'projekte.neu.2019.fueui.foerdergeber.bund': 1,
  'projekte.neu.2019.fueui.foerdergeber.keine': 1,
  'projekte.neu.2017.crosscluster': 0,
  'projekte.neu.2018.crosscluster': 1,
  'projekte.neu.2019.crosscluster': 9,
  'projekte.neu.2019.crosscluster.beteiligungen.energietechnik': 4,
  'projekte.neu.2019.crosscluster.beteiligungen.gesundheitswirtschaft': 2,
  'projekte.neu.2019.crosscluster.beteiligungen.ikt-medien-kreativwirtschaft': 1,
  'projekte.neu.2019.crosscluster.beteiligungen.optik-photonik': 4,
  'projekte.neu.2019.crosscluster.beteiligungen.smart-cities': 1,
  'projekte.neu.2019.crosscluster.beteiligungen.verkehr-mobilitaet-logistik': 1,
  'projekte.neu.2018.crosscluster.beteiligungen.verkehr-mobilitaet-logistik': 1,
  'aktivitaeten.neu.2018': 16,
  'aktivitaeten.neu.2019': 13,
  'aktivitaeten.neu.2018.crosscluster': 7,
  'aktivitaeten.neu.2019.crosscluster': 9,
  'aktivitaeten.neu.2018.crosscluster.beteiligungen.gesundheitswirtschaft': 2,
  'aktivitaeten.neu.2018.crosscluster.beteiligungen.ikt-medien-kreativwirtschaft': 3,
  'aktivitaeten.neu.2018.crosscluster.beteiligungen.optik-photonik': 3,
  'aktivitaeten.neu.2018.crosscluster.beteiligungen.verkehr-mobilitaet-logistik': 2,
  'aktivitaeten.neu.2019.crosscluster.beteiligungen.clean-technologies': 1,
  'aktivitaeten.neu.2019.crosscluster.beteiligungen.energietechnik': 1,
  'aktivitaeten.neu.2019.crosscluster.beteiligungen.gesundheitswirtschaft': 2,
  'aktivitaeten.neu.2019.crosscluster.beteiligungen.ikt-medien-kreativwirtschaft': 5,
  'aktivitaeten.neu.2019.crosscluster.beteiligungen.optik-photonik': 4,
  'akteure.2018': 46,
  'akteure.2019': 110,
  'akteure.2018.typ.hochschule': 3,
  'akteure.2018.typ.forschungsinstitut': 4,
  'akteure.2019.typ.hochschule': 12,
  'akteure.2019.typ.forschungsinstitut': 22,
  'akteure.2018.typ.unternehmen': 37,
  'akteure.2019.typ.unternehmen': 68,
  'akteure.2018.unternehmen.groessenklasse.1-9': 0,
  'akteure.2019.unternehmen.groessenklasse.1-9': 8,
  'akteure.2018.unternehmen.groessenklasse.10-49': 5,
  'akteure.2019.unternehmen.groessenklasse.10-49': 19,
  'akteure.2018.unternehmen.groessenklasse.50-249': 8,
  'akteure.2019.unternehmen.groessenklasse.50-249': 12,
  'akteure.2018.unternehmen.groessenklasse.250+': 24,
  'akteure.2019.unternehmen.groessenklasse.250+': 29,
  'akteure.2018.typ.verein': 2,
  'akteure.2019.typ.verein': 4,
  'akteure.2018.typ.netzwerk': 0,
  'akteure.2019.typ.netzwerk': 2,
  'akteure.2018.typ.landkreis_kommune': 0,
  'akteure.2019.typ.landkreis_kommune': 2,
  'akteure.2018.typ.oeffentliche_verwaltung': 0,
  'akteure.2019.typ.oeffentliche_verwaltung': 0,
  'akteure.2018.typ.sonstige': 0,
  'akteure.2019.typ.sonstige': 0,
  'akteure.2018.projekte': 3,
  'akteure.2019.projekte': 38,
  'akteure.2018.projekte.typ.hochschule': 1,
  'akteure.2018.projekte.typ.forschungsinstitut': 1,
  'akteure.2019.projekte.typ.hochschule': 8,
  'akteure.2019.projekte.typ.forschungsinstitut': 12,
  'akteure.2018.projekte.typ.unternehmen': 1,
  'akteure.2019.projekte.typ.unternehmen': 17,
  'akteure.2019.projekte.unternehmen.groessenklasse.1-9': 4,
  'akteure.2019.projekte.unternehmen.groessenklasse.10-49': 7,
  'akteure.2019.projekte.unternehmen.groessenklasse.50-249': 0,
  'akteure.2019.projekte.unternehmen.groessenklasse.250+': 6,
  'akteure.2018.projekte.unternehmen.groessenklasse.250+': 1,
  'akteure.2019.projekte.typ.verein': 1,
  // invented, consistent with the golden conditions
  'projekte.neu.2017.projektvolumen': 800000,
  'projekte.neu.2018.projektvolumen': 1200000,
  'projekte.neu.2019.projektvolumen': 69215000,
  'projekte.neu.2019.projektvolumen_bb': 68500000,
  'projekte.neu.2019.foerdervolumen': 30000000,
  'projekte.neu.2019.foerdervolumen_bb': 29800000,
  'projekte.neu.2018.projektvolumen_gefoerdert': 900000,
  'projekte.neu.2019.projektvolumen_gefoerdert': 46375000,
  'projekte.neu.2019.projektvolumen_realisiert': 20000000,
  'projekte.neu.2019.projektvolumen_antizipiert': 49215000,
  'projekte.neu.2017.handlungsfeld.industrie-4-0': 4,
  'projekte.neu.2018.handlungsfeld.industrie-4-0': 3,
  'projekte.neu.2018.handlungsfeld.additive-fertigung': 2,
  'projekte.neu.2019.handlungsfeld.additive-fertigung': 8,
  'projekte.neu.2019.handlungsfeld.industrie-4-0': 5,
  'projekte.neu.2019.handlungsfeld.uebergreifend': 2,
  'aktivitaeten.neu.2018.handlungsfeld.industrie-4-0': 9,
  'aktivitaeten.neu.2018.handlungsfeld.additive-fertigung': 6,
  'aktivitaeten.neu.2018.handlungsfeld.uebergreifend': 1,
  'aktivitaeten.neu.2019.handlungsfeld.industrie-4-0': 8,
  'aktivitaeten.neu.2019.handlungsfeld.additive-fertigung': 2,
  'aktivitaeten.neu.2019.handlungsfeld.uebergreifend': 3,
  'aktivitaeten.neu.2019.format.workshop': 7,
  'aktivitaeten.neu.2019.format.konferenz': 2,
  'aktivitaeten.neu.2019.format.forum': 2,
  'aktivitaeten.neu.2019.format.messe': 1,
  'aktivitaeten.neu.2019.format.marketing': 1,
  'aktivitaeten.neu.2019.teilnehmende': 1450,
  'akteure.2018.herkunft.berlin': 35,
  'akteure.2018.herkunft.brandenburg': 4,
  'akteure.2018.herkunft.extern': 7,
  'akteure.2019.herkunft.berlin': 84,
  'akteure.2019.herkunft.brandenburg': 9,
  'akteure.2019.herkunft.extern': 17,
};

const ohneText = (datei: string) => ({ datei: `texte/2019/industrielle-produktion/${datei}`, einleitung: '', nach: {} });

export const TEXTE: AnalystTexte = {
  abschnitte: {
    methodik: ohneText('2-methodik.md'),
    projekte: ohneText('3-1-projekte.md'),
    aktivitaeten: ohneText('3-2-aktivitaeten.md'),
    akteure: ohneText('3-3-akteure.md'),
    innobb: ohneText('3-4-innobb.md'),
  },
  ueberblick: { datei: 'texte/2019/industrielle-produktion/ueberblick.md', html: '<p>Überblickstext.</p>\n', fehlt: false },
  fazit: {
    datei: 'texte/2019/industrielle-produktion/fazit.md',
    html: '<p class="platzhalter">[Text fehlt: texte/2019/industrielle-produktion/fazit.md]</p>\n',
    fehlt: true,
  },
  erfolgsbeispiele: [
    {
      datei: 'texte/2019/industrielle-produktion/erfolgsbeispiele/01-amable.md',
      titel: 'EU-Förderprogramm „AMable“',
      schwerpunktthemen: ['Startups und Gründungen'],
      leitlinien: ['Internationaler aufstellen'],
      html: '<p>Beispieltext.</p>\n',
    },
  ],
};

/** The daten part: only the registry and bericht.json matter to the HTML. */
export function daten(bericht: EwmDaten['bericht'] = {}): EwmDaten {
  return { cluster: REGISTRY, projekte: [], aktivitaeten: [], akteure: [], beteiligungen: [], bericht };
}

const SVG = (n: number): string =>
  `<?xml version="1.0" encoding="utf-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="500" height="120" viewBox="0 0 500 120"><rect x="10" y="10" width="${40 * n}" height="80" fill="#1f4e79"/><text x="20" y="110">Abbildung ${n}</text></svg>`;

/** A complete input with eight placeholder charts. */
export function eingabe(anders: Partial<BerichtEingabe> = {}): BerichtEingabe {
  return {
    daten: daten({
      herausgeber: ['Land Berlin', 'vertreten durch die Senatsverwaltung für Wirtschaft, Energie und Betriebe'],
      redaktion: ['Beispiel-Redaktion GmbH'],
      foerderhinweis: 'Dieser Bericht wurde aus Mitteln der Länder Berlin und Brandenburg gefördert.',
    }),
    cluster: IP,
    jahr: 2019,
    kennzahlen: KENNZAHLEN,
    abbildungen: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ nummer: n, titel: `Titel ${n}`, svg: SVG(n), textalternative: `Zahlen der Abbildung ${n}` })),
    texte: TEXTE,
    datum: '2020-07-15',
    css: { schrift: '/* schrift */', seite: '/* seite */' },
    ...anders,
  };
}
