/**
 * The Kennzahlen engine of the clusterbericht format: pure (no I/O, no clock), rows + cluster + year in,
 * the rows behind every key of the contract out (empty for every enumeration value where nothing counts).
 * Amounts are summed in integer cents, decimals (Mannjahre, percent) in hundredths; the figures are derived
 * from these rows (`clusterBelegWert`).
 */
import {
  FINANZIERUNGEN, LEISTUNG_ARTEN, RECHTSFORMEN, VERANSTALTUNG_ARTEN, VERANSTALTUNG_ROLLEN,
  type Branchensegment, type ClusterberichtTabelle, type ClusterberichtTabellen, type Veranstaltung,
} from '../typen.js';
import type { ClusterAusschluss, ClusterBeleg, ClusterBelege, ClusterZeile } from './cluster-beleg.js';
import { umsatzJeBeschaeftigten } from './umsatz-je-beschaeftigten.js';
import { veranstaltungenImJahr } from './veranstaltungen-im-jahr.js';

/** Whether the management carried the event out (alone or with others). */
const durchgefuehrt = (v: Veranstaltung): boolean => v.rolle === 'veranstalter' || v.rolle === 'mitveranstalter';

type Einheit = 'cent' | 'hundertstel' | 'stueck';

/** Computes the rows behind every Kennzahl of `cluster` in `jahr`. */
export function berechneClusterberichtBelege(daten: ClusterberichtTabellen, cluster: string, jahr: number): ClusterBelege {
  const b: ClusterBelege = new Map();
  const imJahr = <T extends { cluster: string; jahr: number }>(zeilen: readonly T[]): T[] =>
    zeilen.filter((z) => z.cluster === cluster && z.jahr === jahr);
  const anzahl = (s: string, tabelle: ClusterberichtTabelle, zeilen: readonly ClusterZeile[], ausgeschlossen?: ClusterAusschluss[]): void =>
    void b.set(s, { art: 'anzahl', tabelle, zeilen, ...(ausgeschlossen !== undefined ? { ausgeschlossen } : {}) });
  const summe = <T extends ClusterZeile>(s: string, tabelle: ClusterberichtTabelle, einheit: Einheit, zeilen: readonly T[], wert: (z: T) => number | undefined): void => {
    const beleg: ClusterBeleg = { art: 'summe', tabelle, einheit, zeilen, betrag: (z) => wert(z as T) ?? 0 };
    b.set(s, beleg);
  };
  const jeWert = <T extends ClusterZeile>(praefix: string, tabelle: ClusterberichtTabelle, werte: readonly string[], zeilen: readonly T[], von: (z: T) => string): void => {
    for (const w of werte) anzahl(`${praefix}.${w}`, tabelle, zeilen.filter((z) => von(z) === w));
    // A value outside the list (not possible after validation) still counts under its own key.
    for (const w of new Set(zeilen.map(von))) if (!werte.includes(w)) anzahl(`${praefix}.${w}`, tabelle, zeilen.filter((z) => von(z) === w));
  };

  // Eckdaten: the one row of the year (a value as given is the sum over its row)
  const eck = imJahr(daten.eckdaten).slice(0, 1);
  summe('eckdaten.mitgliedsunternehmen', 'eckdaten', 'stueck', eck, (e) => e.mitgliedsunternehmen);
  summe('eckdaten.personal_mannjahre', 'eckdaten', 'hundertstel', eck, (e) => e.personal_mannjahre);
  summe('eckdaten.kosten', 'eckdaten', 'cent', eck, (e) => e.kosten);

  // Branche: per segment as given, and the companies over all segments
  const segmente = imJahr(daten.branche);
  for (const s of segmente) {
    const p = `branche.${s.segment}`;
    const eins = [s];
    summe(`${p}.unternehmen`, 'branche', 'stueck', eins, (x: Branchensegment) => x.unternehmen);
    summe(`${p}.beschaeftigte`, 'branche', 'stueck', eins, (x: Branchensegment) => x.beschaeftigte);
    summe(`${p}.umsatz`, 'branche', 'cent', eins, (x: Branchensegment) => x.umsatz);
    summe(`${p}.exportanteil`, 'branche', 'hundertstel', eins, (x: Branchensegment) => x.exportanteil);
    // In cents: the whole euros of the ratio times 100.
    summe(`${p}.umsatz_je_beschaeftigten`, 'branche', 'cent', eins, (x: Branchensegment) => 100 * umsatzJeBeschaeftigten(x.umsatz, x.beschaeftigte));
  }
  summe('branche.unternehmen', 'branche', 'stueck', segmente, (s) => s.unternehmen);

  // Netzwerke
  const netzwerke = imJahr(daten.netzwerke);
  const echte = netzwerke.filter((n) => n.art === 'netzwerk');
  anzahl('netzwerke.netzwerk', 'netzwerke', echte);
  anzahl('netzwerke.netzwerkansatz', 'netzwerke', netzwerke.filter((n) => n.art !== 'netzwerk'));
  summe('netzwerke.unternehmen', 'netzwerke', 'stueck', echte, (n) => n.unternehmen);
  summe('netzwerke.forschungseinrichtungen', 'netzwerke', 'stueck', echte, (n) => n.forschungseinrichtungen);

  // Forschungsthemen, Schutzrechte
  const themen = imJahr(daten.forschungsthemen);
  anzahl('forschungsthemen.anzahl', 'forschungsthemen', themen);
  summe('forschungsthemen.volumen', 'forschungsthemen', 'cent', themen, (t) => t.volumen);
  const schutzrechte = imJahr(daten.schutzrechte);
  anzahl('schutzrechte.foerdervorhaben', 'schutzrechte', schutzrechte);
  anzahl('schutzrechte.anmeldungen', 'schutzrechte', schutzrechte.filter((s) => s.anmeldung));

  // Leistungen: distinct companies per kind (trimmed, case-insensitive); a repeated company is left out, naming its first row
  const leistungen = imJahr(daten.leistungen);
  for (const art of LEISTUNG_ARTEN) {
    const erste = new Map<string, ClusterZeile>();
    const doppelt: ClusterAusschluss[] = [];
    for (const l of leistungen.filter((x) => x.art === art)) {
      const firma = l.unternehmen.trim().toLocaleLowerCase('de-DE');
      const vorher = erste.get(firma);
      if (vorher === undefined) erste.set(firma, l);
      else doppelt.push({ zeile: l, grund: `dasselbe Unternehmen ist schon gezählt (Zeile ${vorher.herkunft?.zeile ?? '?'})` });
    }
    anzahl(`leistungen.${art}`, 'leistungen', [...erste.values()], doppelt);
  }

  // Veranstaltungen: by `beginn` in the year
  const veranstaltungen = veranstaltungenImJahr(daten, cluster, jahr);
  const eigene = veranstaltungen.filter(durchgefuehrt);
  anzahl('veranstaltungen.anzahl', 'veranstaltungen', veranstaltungen);
  anzahl('veranstaltungen.durchgefuehrt', 'veranstaltungen', eigene, veranstaltungen.filter((v) => !durchgefuehrt(v))
    .map((v) => ({ zeile: v, grund: `Rolle „${v.rolle}“: nicht selbst oder mit anderen veranstaltet` })));
  summe('veranstaltungen.teilnehmende', 'veranstaltungen', 'stueck', eigene, (v) => v.teilnehmende);
  jeWert('veranstaltungen.art', 'veranstaltungen', VERANSTALTUNG_ARTEN, veranstaltungen, (v) => v.art);
  jeWert('veranstaltungen.rolle', 'veranstaltungen', VERANSTALTUNG_ROLLEN, veranstaltungen, (v) => v.rolle);

  // Investitionen, Gründungen
  const investitionen = imJahr(daten.investitionen);
  anzahl('investitionen.anzahl', 'investitionen', investitionen);
  summe('investitionen.volumen', 'investitionen', 'cent', investitionen, (i) => i.volumen);
  jeWert('investitionen.finanzierung', 'investitionen', FINANZIERUNGEN, investitionen, (i) => i.finanzierung);
  const gruendungen = imJahr(daten.gruendungen);
  anzahl('gruendungen.anzahl', 'gruendungen', gruendungen);
  jeWert('gruendungen.rechtsform', 'gruendungen', RECHTSFORMEN, gruendungen, (g) => g.rechtsform);
  return b;
}
