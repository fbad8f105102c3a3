/** Resolves a Handlungsfeld reference against the lead cluster and the year it must be valid in. */
import { normalisiereSchluessel } from '../../lesen/normalisiere-schluessel.js';
import type { Cluster, Handlungsfeld } from '../../model/typen.js';
import { UEBERGREIFEND } from '../model/typen.js';
import { M } from './meldungen.js';

const felderIndex = new WeakMap<Cluster, Map<string, Handlungsfeld>>();

export type HandlungsfeldErgebnis = { slug: string } | { meldung: string };

/**
 * Finds the field by slug or name (normalised) among the cluster's fields and the implicit
 * `uebergreifend`; with a year, the field must exist in that year (`ab`/`bis` inclusive).
 * `jahrSpalte` names the date the year came from, for the message.
 */
export function findeHandlungsfeld(cluster: Cluster, text: string, jahr: number | undefined, jahrSpalte: string): HandlungsfeldErgebnis {
  let index = felderIndex.get(cluster);
  if (index === undefined) {
    index = new Map();
    for (const h of [...cluster.handlungsfelder, UEBERGREIFEND]) {
      for (const form of [h.slug, h.name]) {
        index.set(form, h);
        index.set(normalisiereSchluessel(form), h);
      }
    }
    felderIndex.set(cluster, index);
  }
  const feld = index.get(text) ?? index.get(normalisiereSchluessel(text));
  if (feld === undefined) {
    const felder = [...cluster.handlungsfelder, UEBERGREIFEND];
    const erlaubt = felder.filter((h) => jahr === undefined || ((h.ab ?? jahr) <= jahr && jahr <= (h.bis ?? jahr))).map((h) => h.name);
    return { meldung: M.handlungsfeldUnbekannt(text, cluster.name, erlaubt) };
  }
  if (jahr !== undefined && feld.ab !== undefined && jahr < feld.ab) {
    return { meldung: M.handlungsfeldNochNicht(text, cluster.name, feld.ab, jahr, jahrSpalte) };
  }
  if (jahr !== undefined && feld.bis !== undefined && jahr > feld.bis) {
    return { meldung: M.handlungsfeldNichtMehr(text, cluster.name, feld.bis, jahr, jahrSpalte) };
  }
  return { slug: feld.slug };
}
