/** Reads and validates `cluster.json`, the registry of managements and their Handlungsfelder. */
import type { Problem } from '../fehler.js';
import type { Cluster } from '../model/typen.js';
import { clusterDateiSchema, deutscheFehlerkarte } from '../pruefen/schemas.js';
import { zodProbleme } from '../pruefen/zod-probleme.js';
import { parseJson } from './lese-json-tabelle.js';
import { normalisiereSchluessel } from './normalisiere-schluessel.js';

/**
 * Parses cluster.json text; returns the clusters, or undefined when the file has errors (pushed to `probleme`).
 * `berichtsformate` are the known format ids; the first is the default for entries that name none.
 * `genannt` receives the ids the entries name (even when the file has errors), so the loader can
 * still check the tables of those formats.
 */
export function leseCluster(
  datei: string,
  text: string,
  probleme: Problem[],
  berichtsformate: readonly string[],
  genannt?: Set<string>,
): Cluster[] | undefined {
  const daten = parseJson(datei, text, probleme);
  if (daten === undefined) return undefined;
  const eintraege = typeof daten === 'object' && daten !== null ? (daten as { cluster?: unknown }).cluster : undefined;
  for (const e of Array.isArray(eintraege) ? (eintraege as unknown[]) : []) {
    const id = (e as { berichtsformat?: unknown } | null)?.berichtsformat;
    genannt?.add(typeof id === 'string' ? id : (berichtsformate[0] ?? ''));
  }
  const ergebnis = clusterDateiSchema.safeParse(daten, { errorMap: deutscheFehlerkarte });
  if (!ergebnis.success) {
    probleme.push(...zodProbleme(datei, ergebnis.error.issues));
    return undefined;
  }
  const cluster = ergebnis.data.cluster.map(
    ({ berichtsformat, ...c }): Cluster => ({
      ...c,
      berichtsformat: berichtsformat ?? berichtsformate[0] ?? '',
      handlungsfelder: c.handlungsfelder.map((h) => ({ ...h })),
    }),
  );
  const vorher = probleme.length;
  ergebnis.data.cluster.forEach((c, i) => {
    if (c.berichtsformat !== undefined && !berichtsformate.includes(c.berichtsformat)) {
      probleme.push({ schwere: 'fehler', datei, pfad: `cluster[${i}].berichtsformat`, meldung: `"${c.berichtsformat}" ist kein bekanntes Berichtsformat. Erlaubt: ${berichtsformate.join(', ')}` });
    }
  });
  const gesehen = new Map<string, number>();
  cluster.forEach((c, i) => {
    for (const [feld, wert] of [['slug', c.slug], ['name', c.name]] as const) {
      const schluessel = normalisiereSchluessel(wert);
      const erster = gesehen.get(schluessel);
      if (erster !== undefined && erster !== i) {
        probleme.push({ schwere: 'fehler', datei, pfad: `cluster[${i}].${feld}`, meldung: `"${wert}" gibt es schon bei cluster[${erster}]; Slugs und Namen müssen eindeutig sein` });
      } else gesehen.set(schluessel, i);
    }
    const felder = new Map<string, number>([['uebergreifend', -1], [normalisiereSchluessel('gesamtclusterbezogen/handlungsfeldübergreifend'), -1]]);
    c.handlungsfelder.forEach((h, j) => {
      for (const [feld, wert] of [['slug', h.slug], ['name', h.name]] as const) {
        const schluessel = normalisiereSchluessel(wert);
        if (felder.has(schluessel) && felder.get(schluessel) !== j) {
          probleme.push({ schwere: 'fehler', datei, pfad: `cluster[${i}].handlungsfelder[${j}].${feld}`, meldung: `"${wert}" gibt es in diesem Cluster schon; Handlungsfelder müssen eindeutig sein` });
        } else felder.set(schluessel, j);
      }
    });
  });
  return probleme.length === vorher ? cluster : undefined;
}
