/** Größenklasse of a company from `groessenklasse` or `beschaeftigte`. */
import type { Akteur, Groessenklasse } from '../model/typen.js';

/** `groessenklasse` if given, else derived from `beschaeftigte` (1–9, 10–49, 50–249, 250+); undefined if neither. */
export function groessenklasseVon(akteur: Pick<Akteur, 'groessenklasse' | 'beschaeftigte'>): Groessenklasse | undefined {
  if (akteur.groessenklasse !== undefined) return akteur.groessenklasse;
  const n = akteur.beschaeftigte;
  if (n === undefined) return undefined;
  if (n < 10) return '1-9';
  if (n < 50) return '10-49';
  if (n < 250) return '50-249';
  return '250+';
}
