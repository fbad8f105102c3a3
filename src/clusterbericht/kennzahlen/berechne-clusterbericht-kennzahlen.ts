/**
 * The Kennzahlen engine of the clusterbericht format: pure (no I/O, no clock), records + cluster + year in,
 * flat key → number out, every key of the contract present (0 for every enumeration value where nothing counts).
 * Amounts are summed in integer cents and given as euros with at most two decimals; decimals (Mannjahre,
 * percent) are held as hundredths.
 */
import type { Kennzahlen } from '../../bericht/berichtsformat.js';
import {
  FINANZIERUNGEN, LEISTUNG_ARTEN, RECHTSFORMEN, VERANSTALTUNG_ARTEN, VERANSTALTUNG_ROLLEN,
  type ClusterberichtTabellen, type Veranstaltung,
} from '../typen.js';
import { umsatzJeBeschaeftigten } from './umsatz-je-beschaeftigten.js';

/** Integer hundredths (cents) as a number with at most two decimals; never -0. */
export function ausHundertsteln(h: number): number {
  const ganz = Math.round(h);
  return ganz === 0 ? 0 : ganz / 100;
}

/** The events of a year: those whose `beginn` lies in it. */
export function veranstaltungenImJahr(daten: ClusterberichtTabellen, cluster: string, jahr: number): Veranstaltung[] {
  const praefix = `${jahr}-`;
  return daten.veranstaltungen.filter((v) => v.cluster === cluster && v.beginn.startsWith(praefix));
}

/** Whether the management carried the event out (alone or with others). */
export function durchgefuehrt(v: Veranstaltung): boolean {
  return v.rolle === 'veranstalter' || v.rolle === 'mitveranstalter';
}

/** Computes all Kennzahlen of `cluster` in `jahr`. */
export function berechneClusterberichtKennzahlen(daten: ClusterberichtTabellen, cluster: string, jahr: number): Kennzahlen {
  const k: Kennzahlen = {};
  const imJahr = <T extends { cluster: string; jahr: number }>(zeilen: readonly T[]): T[] =>
    zeilen.filter((z) => z.cluster === cluster && z.jahr === jahr);
  const summe = <T>(zeilen: readonly T[], wert: (z: T) => number | undefined): number => zeilen.reduce((s, z) => s + (wert(z) ?? 0), 0);
  const jeWert = <T>(praefix: string, werte: readonly string[], zeilen: readonly T[], von: (z: T) => string): void => {
    for (const w of werte) k[`${praefix}.${w}`] = 0;
    for (const z of zeilen) k[`${praefix}.${von(z)}`] = (k[`${praefix}.${von(z)}`] ?? 0) + 1;
  };

  // Eckdaten: the one row of the year
  const eck = imJahr(daten.eckdaten)[0];
  k['eckdaten.mitgliedsunternehmen'] = eck?.mitgliedsunternehmen ?? 0;
  k['eckdaten.personal_mannjahre'] = ausHundertsteln(eck?.personal_mannjahre ?? 0);
  k['eckdaten.kosten'] = ausHundertsteln(eck?.kosten ?? 0);

  // Branche: per segment as given, and the companies over all segments
  const segmente = imJahr(daten.branche);
  for (const s of segmente) {
    const p = `branche.${s.segment}`;
    k[`${p}.unternehmen`] = s.unternehmen ?? 0;
    k[`${p}.beschaeftigte`] = s.beschaeftigte ?? 0;
    k[`${p}.umsatz`] = ausHundertsteln(s.umsatz ?? 0);
    k[`${p}.exportanteil`] = ausHundertsteln(s.exportanteil ?? 0);
    k[`${p}.umsatz_je_beschaeftigten`] = umsatzJeBeschaeftigten(s.umsatz, s.beschaeftigte);
  }
  k['branche.unternehmen'] = summe(segmente, (s) => s.unternehmen);

  // Netzwerke
  const netzwerke = imJahr(daten.netzwerke);
  const echte = netzwerke.filter((n) => n.art === 'netzwerk');
  k['netzwerke.netzwerk'] = echte.length;
  k['netzwerke.netzwerkansatz'] = netzwerke.length - echte.length;
  k['netzwerke.unternehmen'] = summe(echte, (n) => n.unternehmen);
  k['netzwerke.forschungseinrichtungen'] = summe(echte, (n) => n.forschungseinrichtungen);

  // Forschungsthemen, Schutzrechte
  const themen = imJahr(daten.forschungsthemen);
  k['forschungsthemen.anzahl'] = themen.length;
  k['forschungsthemen.volumen'] = ausHundertsteln(summe(themen, (t) => t.volumen));
  const schutzrechte = imJahr(daten.schutzrechte);
  k['schutzrechte.foerdervorhaben'] = schutzrechte.length;
  k['schutzrechte.anmeldungen'] = schutzrechte.filter((s) => s.anmeldung).length;

  // Leistungen: distinct companies per kind (trimmed, case-insensitive)
  const leistungen = imJahr(daten.leistungen);
  for (const art of LEISTUNG_ARTEN) {
    const firmen = new Set(leistungen.filter((l) => l.art === art).map((l) => l.unternehmen.trim().toLocaleLowerCase('de-DE')));
    k[`leistungen.${art}`] = firmen.size;
  }

  // Veranstaltungen: by `beginn` in the year
  const veranstaltungen = veranstaltungenImJahr(daten, cluster, jahr);
  const eigene = veranstaltungen.filter(durchgefuehrt);
  k['veranstaltungen.anzahl'] = veranstaltungen.length;
  k['veranstaltungen.durchgefuehrt'] = eigene.length;
  k['veranstaltungen.teilnehmende'] = summe(eigene, (v) => v.teilnehmende);
  jeWert('veranstaltungen.art', VERANSTALTUNG_ARTEN, veranstaltungen, (v) => v.art);
  jeWert('veranstaltungen.rolle', VERANSTALTUNG_ROLLEN, veranstaltungen, (v) => v.rolle);

  // Investitionen, Gründungen
  const investitionen = imJahr(daten.investitionen);
  k['investitionen.anzahl'] = investitionen.length;
  k['investitionen.volumen'] = ausHundertsteln(summe(investitionen, (i) => i.volumen));
  jeWert('investitionen.finanzierung', FINANZIERUNGEN, investitionen, (i) => i.finanzierung);
  const gruendungen = imJahr(daten.gruendungen);
  k['gruendungen.anzahl'] = gruendungen.length;
  jeWert('gruendungen.rechtsform', RECHTSFORMEN, gruendungen, (g) => g.rechtsform);
  return k;
}
