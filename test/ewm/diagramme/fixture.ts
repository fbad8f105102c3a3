/**
 * Hand-made Kennzahlen of Industrielle Produktion 2019 for the chart tests: the 2019 values of
 * the seed report (golden file) plus plausible values for the rest, with every key of the
 * methodology present (0 where nothing counts).
 */
import { type Cluster } from '../../../src/model/typen.js';
import { AKTEUR_TYPEN, AKTIVITAET_FORMATE, FOERDERGEBER, GROESSENKLASSEN, KONSORTIALSTRUKTUREN, LEITLINIEN, PROJEKT_STATUS, SCHWERPUNKTTHEMEN, SITZE } from '../../../src/ewm/model/typen.js';

export const IP: Cluster = {
  slug: 'industrielle-produktion',
  name: 'Industrielle Produktion',
  art: 'teilthema',
  land: 'berlin',
  berichtsformat: 'ewm',
  handlungsfelder: [
    { slug: 'industrie-4-0', name: 'Industrie 4.0' },
    { slug: 'additive-fertigung', name: 'Additive Fertigung' },
    { slug: 'leichtbau', name: 'Leichtbau', ab: 2020 },
  ],
};

const ANDERE_CLUSTER = [
  'energietechnik', 'gesundheitswirtschaft', 'ikt-medien-kreativwirtschaft', 'optik-photonik',
  'verkehr-mobilitaet-logistik', 'ernaehrungswirtschaft', 'kunststoffe-chemie', 'metall', 'tourismus',
  'smart-cities', 'clean-technologies', 'technologietransfer-innovationsmanagement',
];

/** Every Kennzahl key of the methodology for a report of `cluster` in `y`, all 0. */
export function alleNull(cluster: Cluster, y: number): Record<string, number> {
  const k: Record<string, number> = {};
  const felder = (j: number): string[] => [
    ...cluster.handlungsfelder.filter((h) => (h.ab ?? j) <= j && j <= (h.bis ?? j)).map((h) => h.slug),
    'uebergreifend',
  ];
  k[`projekte.begleitet.${y}`] = 0;
  for (const s of PROJEKT_STATUS) k[`projekte.neu.${y}.status.${s}`] = 0;
  k[`projekte.neu.${y}.projektvolumen_realisiert`] = 0;
  k[`projekte.neu.${y}.projektvolumen_antizipiert`] = 0;
  for (const j of [y - 2, y - 1, y]) {
    const p = `projekte.neu.${j}`;
    for (const s of ['', '.projektvolumen', '.projektvolumen_bb', '.foerdervolumen', '.foerdervolumen_bb', '.projektvolumen_gefoerdert', '.fueui', '.crosscluster']) k[p + s] = 0;
    for (const x of KONSORTIALSTRUKTUREN) k[`${p}.fueui.konsortialstruktur.${x}`] = 0;
    for (const x of FOERDERGEBER) k[`${p}.fueui.foerdergeber.${x}`] = 0;
    for (const x of felder(j)) k[`${p}.handlungsfeld.${x}`] = 0;
    for (const x of ANDERE_CLUSTER) k[`${p}.crosscluster.beteiligungen.${x}`] = 0;
    for (const x of LEITLINIEN) k[`${p}.leitlinie.${x}`] = 0;
    for (const x of SCHWERPUNKTTHEMEN) k[`${p}.schwerpunktthema.${x}`] = 0;
  }
  for (const j of [y - 1, y]) {
    const a = `aktivitaeten.neu.${j}`;
    for (const s of ['', '.crosscluster', '.teilnehmende']) k[a + s] = 0;
    for (const x of ANDERE_CLUSTER) k[`${a}.crosscluster.beteiligungen.${x}`] = 0;
    for (const x of felder(j)) k[`${a}.handlungsfeld.${x}`] = 0;
    for (const x of AKTIVITAET_FORMATE) k[`${a}.format.${x}`] = 0;
    for (const basis of [`akteure.${j}`, `akteure.${j}.projekte`]) {
      k[basis] = 0;
      for (const x of SITZE) k[`${basis}.herkunft.${x}`] = 0;
      for (const x of AKTEUR_TYPEN) k[`${basis}.typ.${x}`] = 0;
      for (const x of GROESSENKLASSEN) k[`${basis}.unternehmen.groessenklasse.${x}`] = 0;
    }
  }
  return k;
}

/** The Kennzahlen of Industrielle Produktion 2019 (values of the seed where it gives them). */
export function kennzahlenIp2019(): Record<string, number> {
  const k = alleNull(IP, 2019);
  const setze = (werte: Record<string, number>): void => {
    for (const [schluessel, wert] of Object.entries(werte)) {
      if (!(schluessel in k)) throw new Error(`Unbekannter Schlüssel in der Fixture: ${schluessel}`);
      k[schluessel] = wert;
    }
  };
  setze({
    'projekte.begleitet.2019': 16,
    'projekte.neu.2017': 2, 'projekte.neu.2018': 5, 'projekte.neu.2019': 15,
    'projekte.neu.2019.status.regulaer_beendet': 3, 'projekte.neu.2019.status.begonnen_laufend': 6,
    'projekte.neu.2019.status.antrag_gestellt': 5, 'projekte.neu.2019.status.in_vorbereitung': 1,
    'projekte.neu.2017.projektvolumen': 1_850_000, 'projekte.neu.2017.projektvolumen_bb': 1_850_000,
    'projekte.neu.2017.foerdervolumen': 900_000, 'projekte.neu.2017.foerdervolumen_bb': 900_000,
    'projekte.neu.2017.projektvolumen_gefoerdert': 1_200_000,
    'projekte.neu.2018.projektvolumen': 4_320_000, 'projekte.neu.2018.projektvolumen_bb': 4_300_000,
    'projekte.neu.2018.foerdervolumen': 2_100_000, 'projekte.neu.2018.foerdervolumen_bb': 2_080_000,
    'projekte.neu.2018.projektvolumen_gefoerdert': 3_240_000,
    'projekte.neu.2019.projektvolumen': 69_215_000, 'projekte.neu.2019.projektvolumen_bb': 68_900_000,
    'projekte.neu.2019.foerdervolumen': 30_480_500.5, 'projekte.neu.2019.foerdervolumen_bb': 30_100_000,
    'projekte.neu.2019.projektvolumen_gefoerdert': 46_374_050,
    'projekte.neu.2019.projektvolumen_realisiert': 52_000_000, 'projekte.neu.2019.projektvolumen_antizipiert': 17_215_000,
    'projekte.neu.2017.fueui': 1, 'projekte.neu.2018.fueui': 5, 'projekte.neu.2019.fueui': 11,
    'projekte.neu.2017.fueui.konsortialstruktur.einzelvorhaben_forschung': 1,
    'projekte.neu.2018.fueui.konsortialstruktur.verbund_unternehmen': 4,
    'projekte.neu.2018.fueui.konsortialstruktur.verbund_unternehmen_forschung': 1,
    'projekte.neu.2019.fueui.konsortialstruktur.verbund_unternehmen_forschung': 6,
    'projekte.neu.2019.fueui.konsortialstruktur.einzelvorhaben_unternehmen': 3,
    'projekte.neu.2019.fueui.konsortialstruktur.verbund_unternehmen': 2,
    'projekte.neu.2017.fueui.foerdergeber.bund': 1,
    'projekte.neu.2018.fueui.foerdergeber.land_berlin': 2, 'projekte.neu.2018.fueui.foerdergeber.bund': 2,
    'projekte.neu.2018.fueui.foerdergeber.keine': 1,
    'projekte.neu.2019.fueui.foerdergeber.land_berlin': 5, 'projekte.neu.2019.fueui.foerdergeber.eu': 4,
    'projekte.neu.2019.fueui.foerdergeber.bund': 1, 'projekte.neu.2019.fueui.foerdergeber.keine': 1,
    'projekte.neu.2017.handlungsfeld.industrie-4-0': 1, 'projekte.neu.2017.handlungsfeld.additive-fertigung': 1,
    'projekte.neu.2018.handlungsfeld.industrie-4-0': 3, 'projekte.neu.2018.handlungsfeld.additive-fertigung': 2,
    'projekte.neu.2019.handlungsfeld.industrie-4-0': 4, 'projekte.neu.2019.handlungsfeld.additive-fertigung': 9,
    'projekte.neu.2019.handlungsfeld.uebergreifend': 2,
    'projekte.neu.2018.crosscluster': 1, 'projekte.neu.2019.crosscluster': 9,
    'projekte.neu.2018.crosscluster.beteiligungen.verkehr-mobilitaet-logistik': 1,
    'projekte.neu.2019.crosscluster.beteiligungen.energietechnik': 4,
    'projekte.neu.2019.crosscluster.beteiligungen.gesundheitswirtschaft': 2,
    'projekte.neu.2019.crosscluster.beteiligungen.ikt-medien-kreativwirtschaft': 1,
    'projekte.neu.2019.crosscluster.beteiligungen.optik-photonik': 4,
    'projekte.neu.2019.crosscluster.beteiligungen.smart-cities': 1,
    'projekte.neu.2019.crosscluster.beteiligungen.verkehr-mobilitaet-logistik': 1,
    'aktivitaeten.neu.2018': 16, 'aktivitaeten.neu.2019': 13,
    'aktivitaeten.neu.2018.crosscluster': 7, 'aktivitaeten.neu.2019.crosscluster': 9,
    'aktivitaeten.neu.2018.handlungsfeld.industrie-4-0': 9, 'aktivitaeten.neu.2018.handlungsfeld.additive-fertigung': 5,
    'aktivitaeten.neu.2018.handlungsfeld.uebergreifend': 2,
    'aktivitaeten.neu.2019.handlungsfeld.industrie-4-0': 8, 'aktivitaeten.neu.2019.handlungsfeld.additive-fertigung': 2,
    'aktivitaeten.neu.2019.handlungsfeld.uebergreifend': 3,
    'akteure.2018': 46, 'akteure.2019': 110,
    'akteure.2018.herkunft.berlin': 35, 'akteure.2018.herkunft.brandenburg': 4, 'akteure.2018.herkunft.extern': 7,
    'akteure.2019.herkunft.berlin': 82, 'akteure.2019.herkunft.brandenburg': 9, 'akteure.2019.herkunft.extern': 19,
    'akteure.2018.projekte': 3, 'akteure.2019.projekte': 38,
  });
  return k;
}
