/** Converts one beteiligungen row (both ids required; references are checked across files). */
import type { Problem } from '../../fehler.js';
import { herkunftVon, type RohZeile } from '../../lesen/roh-zeile.js';
import type { Beteiligung } from '../model/typen.js';
import { konvertiereZeile } from '../../pruefen/konvertiere-zeile.js';
import type { ClusterKontext } from '../../pruefen/konvertiere-zelle.js';
import { BETEILIGUNGEN } from './tabellen.js';

/** Returns the participation, or undefined when a value is missing or invalid (reported). */
export function pruefeBeteiligung(
  zeile: RohZeile,
  kontext: ClusterKontext,
  fehlendeSpalten: ReadonlySet<string>,
  probleme: Problem[],
): Beteiligung | undefined {
  const { werte, ok } = konvertiereZeile(BETEILIGUNGEN, zeile, kontext, fehlendeSpalten, probleme);
  if (!ok) return undefined;
  return { vorhaben_id: werte.vorhaben_id as string, akteur_id: werte.akteur_id as string, quelle: herkunftVon(zeile) };
}
