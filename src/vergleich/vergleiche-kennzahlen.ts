import { inCent } from './in-cent.js';
import type { EinseitigeKennzahl, GeaenderteKennzahl, KennzahlenDatei, KennzahlenVergleich } from './typen.js';

type Vergleichbar = Pick<KennzahlenDatei, 'berichtsjahr' | 'cluster' | 'kennzahlen'>;

/**
 * Compares the Kennzahlen of two reports key by key (keys compared exactly, values in whole cents).
 *
 * Rule for "rückwirkend geändert": a changed key is rückwirkend when
 * 1. both files belong to the same cluster,
 * 2. their Berichtsjahre differ, and
 * 3. the key names a year (its first four-digit segment, `projekte.neu.2018.fueui` → 2018)
 *    before the later of the two Berichtsjahre.
 * Why: a key present in both files is a figure of the same year J stated by two reports. A report only
 * holds its Berichtsjahr and earlier Vergleichsjahre, so with different Berichtsjahre the figure was
 * already published by one report and the other, later report restates it differently: the year's
 * data changed after the fact (a late entry, a cancellation, a correction). With equal Berichtsjahre
 * both files are versions of the same report, and every change is an ordinary one; across different
 * clusters the figures are not the same figures at all. Condition 3 holds for any two valid reports;
 * it is checked anyway so that keys without a year are never flagged.
 */
export function vergleicheKennzahlen(alt: Vergleichbar, neu: Vergleichbar): KennzahlenVergleich {
  const spaeteresJahr = Math.max(alt.berichtsjahr, neu.berichtsjahr);
  const rueckwirkendMoeglich = alt.cluster === neu.cluster && alt.berichtsjahr !== neu.berichtsjahr;
  const geaendert: GeaenderteKennzahl[] = [];
  const entfallen: EinseitigeKennzahl[] = [];
  const hinzugekommen: EinseitigeKennzahl[] = [];
  let gleich = 0;

  for (const schluessel of sortiert(alt.kennzahlen.keys())) {
    const altWert = alt.kennzahlen.get(schluessel) as number;
    const neuWert = neu.kennzahlen.get(schluessel);
    if (neuWert === undefined) {
      entfallen.push({ schluessel, wert: altWert });
      continue;
    }
    const altCent = cent(altWert, schluessel);
    const neuCent = cent(neuWert, schluessel);
    if (altCent === neuCent) {
      gleich += 1;
      continue;
    }
    const jahr = jahrDesSchluessels(schluessel);
    geaendert.push({
      schluessel,
      alt: altWert,
      neu: neuWert,
      differenz: (neuCent - altCent) / 100,
      prozent: altCent === 0 ? null : rundeAufEineStelle(((neuCent - altCent) / altCent) * 100),
      rueckwirkend: rueckwirkendMoeglich && jahr !== undefined && jahr < spaeteresJahr,
    });
  }
  for (const schluessel of sortiert(neu.kennzahlen.keys())) {
    if (!alt.kennzahlen.has(schluessel)) hinzugekommen.push({ schluessel, wert: neu.kennzahlen.get(schluessel) as number });
  }
  return { geaendert, hinzugekommen, entfallen, gleich };
}

/** The year a key is about: its first segment of exactly four digits, if any. */
export function jahrDesSchluessels(schluessel: string): number | undefined {
  const segment = schluessel.split('.').find((s) => /^\d{4}$/.test(s));
  return segment === undefined ? undefined : Number(segment);
}

function cent(wert: number, schluessel: string): number {
  const ergebnis = inCent(wert);
  if (ergebnis === undefined) throw new Error(`Kennzahl ${schluessel}: ${wert} ist kein Wert mit höchstens zwei Nachkommastellen`);
  return ergebnis;
}

/** Sorts by UTF-16 code units, the order of kennzahlen.json itself (independent of the locale). */
function sortiert(schluessel: Iterable<string>): string[] {
  return [...schluessel].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Rounds half away from zero, so +x and −x round symmetrically. */
function rundeAufEineStelle(wert: number): number {
  const gerundet = Math.sign(wert) * Math.round(Math.abs(wert) * 10) / 10;
  return gerundet === 0 ? 0 : gerundet;
}
