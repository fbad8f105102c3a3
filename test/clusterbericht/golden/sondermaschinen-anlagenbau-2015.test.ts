/**
 * Golden test: the clusterbericht sample data in data/clusterbericht/, read through the real reader, reproduces
 * every published figure and list of the 2015 report of the Cluster Sondermaschinen- und Anlagenbau.
 * Where the seed contradicts itself (Kraftwagen revenue 604 vs. 3.470 × 173.787 €), the computed value stands.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Kennzahlen } from '../../../src/bericht/berichtsformat.js';
import { berechneClusterberichtKennzahlen, veranstaltungenImJahr } from '../../../src/clusterbericht/kennzahlen/berechne-clusterbericht-kennzahlen.js';
import type { ClusterberichtTabellen } from '../../../src/clusterbericht/typen.js';
import { ladeBeispiel, SMAB } from '../lade-beispiel.js';

interface Golden {
  cluster: string;
  berichtsjahr: number;
  zahlen: Record<string, number>;
  listen: { investitionen: [string, string, number, string][]; gruendungen: [string, string][]; veranstaltungen_mit_datum: [string, string, number][] };
}
const golden = JSON.parse(readFileSync(fileURLToPath(new URL('./sondermaschinen-anlagenbau-2015.json', import.meta.url)), 'utf8')) as Golden;

/** Golden figure → the Kennzahl that yields it. */
export const GOLDEN_SCHLUESSEL: Record<string, string> = {
  mitgliedsunternehmen: 'eckdaten.mitgliedsunternehmen',
  personal_mannjahre: 'eckdaten.personal_mannjahre',
  kosten_clustermanagement_eur_ca: 'eckdaten.kosten',
  branche_unternehmen_maschinen_anlagenbau: 'branche.maschinen-anlagenbau.unternehmen',
  branche_unternehmen_reparatur_instandsetzung: 'branche.reparatur-instandsetzung.unternehmen',
  branche_unternehmen_sonstiger_fahrzeugbau: 'branche.sonstiger-fahrzeugbau.unternehmen',
  branche_unternehmen_kraftwagen_teile: 'branche.kraftwagen-teile.unternehmen',
  branche_beschaeftigte: 'branche.maschinen-anlagenbau.beschaeftigte',
  branche_umsatz_eur_ca: 'branche.maschinen-anlagenbau.umsatz',
  branche_exportquote_prozent: 'branche.maschinen-anlagenbau.exportanteil',
  kraftwagen_beschaeftigte: 'branche.kraftwagen-teile.beschaeftigte',
  kraftwagen_exportquote_prozent: 'branche.kraftwagen-teile.exportanteil',
  umsatz_je_beschaeftigten_eur: 'branche.maschinen-anlagenbau.umsatz_je_beschaeftigten',
  kraftwagen_umsatz_je_beschaeftigten_eur: 'branche.kraftwagen-teile.umsatz_je_beschaeftigten',
  netzwerke_betreut: 'netzwerke.netzwerk',
  netzwerkansaetze_neu: 'netzwerke.netzwerkansatz',
  forschungsaufgaben_betreut: 'forschungsthemen.anzahl',
  forschungsaufgaben_volumen_eur_ca: 'forschungsthemen.volumen',
  schutzrechte_foerdervorhaben: 'schutzrechte.foerdervorhaben',
  schutzrechte_anmeldungen: 'schutzrechte.anmeldungen',
  it_analysen_unternehmen: 'leistungen.it_analyse',
  veranstaltungen: 'veranstaltungen.durchgefuehrt',
  veranstaltungen_teilnehmende: 'veranstaltungen.teilnehmende',
  qm_unternehmen: 'leistungen.qualitaetsmanagement',
  energieaudits_unternehmen: 'leistungen.energieaudit',
  investitionen_anzahl: 'investitionen.anzahl',
  investitionen_summe_eur: 'investitionen.volumen',
  investitionen_mit_grw: 'investitionen.finanzierung.grw_zuschuss',
  gruendungen: 'gruendungen.anzahl',
  gruendungen_gmbh: 'gruendungen.rechtsform.gmbh',
  gruendungen_ug: 'gruendungen.rechtsform.ug',
};

let daten: ClusterberichtTabellen;
let k: Kennzahlen;
beforeAll(async () => {
  daten = await ladeBeispiel();
  k = berechneClusterberichtKennzahlen(daten, SMAB, 2015);
});

describe('golden figures: Sondermaschinen- und Anlagenbau 2015', () => {
  it('maps every golden figure to one Kennzahl', () => {
    expect(golden.cluster).toBe(SMAB);
    expect(Object.keys(GOLDEN_SCHLUESSEL).sort()).toEqual(Object.keys(golden.zahlen).sort());
  });

  // `…_ca` figures are printed rounded ("ca. 9,841 Mrd. €"): equal to four significant digits; all others exact.
  it.each(Object.entries(golden.zahlen))('%s = %d', (name, erwartet) => {
    const wert = k[GOLDEN_SCHLUESSEL[name] as string] as number;
    if (name.endsWith('_ca')) expect(Math.abs(wert - erwartet) / erwartet).toBeLessThan(0.0005);
    else expect(wert).toBe(erwartet);
  });

  it('Kraftwagen revenue: computed 603 Mio. € (the seed says 604; 3.470 × 173.787 € = 603,0 Mio. €)', () => {
    const umsatz = k['branche.kraftwagen-teile.umsatz'] as number;
    expect(Math.round(umsatz / 1e6)).toBe(603);
    expect(Math.round((k['branche.kraftwagen-teile.beschaeftigte'] as number) * (k['branche.kraftwagen-teile.umsatz_je_beschaeftigten'] as number) / 1e6)).toBe(603);
  });

  it('lists the investments with place, firm, amount and financing', () => {
    const zeilen = daten.investitionen.filter((i) => i.jahr === 2015).map((i) => [i.ort, i.unternehmen, i.volumen / 100, i.finanzierung]);
    const label: Record<string, string> = { grw_zuschuss: 'GRW-Zuschuss', bankfinanzierung: 'Bankfinanzierung' };
    expect(zeilen.map(([o, u, v, f]) => [o, u, v, label[f as string]])).toEqual(golden.listen.investitionen);
  });

  it('lists the start-ups with place and legal form', () => {
    const label: Record<string, string> = { gmbh: 'GmbH', ug: 'UG' };
    expect(daten.gruendungen.filter((g) => g.jahr === 2015).map((g) => [g.ort, label[g.rechtsform]])).toEqual(golden.listen.gruendungen);
  });

  it('highlights the three dated events with their participants', () => {
    const hervor = veranstaltungenImJahr(daten, SMAB, 2015).filter((v) => v.hervorheben);
    const datum = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
    expect(hervor.map((v) => [datum(v.beginn), v.titel, v.teilnehmende])).toEqual(golden.listen.veranstaltungen_mit_datum);
  });
});
