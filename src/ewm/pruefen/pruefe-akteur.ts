/** Converts and checks one akteure row (size of companies: Beschäftigte or Größenklasse, consistent). */
import type { Problem } from '../../fehler.js';
import { herkunftVon, ortVon, type RohZeile } from '../../lesen/roh-zeile.js';
import type { Akteur, Groessenklasse } from '../model/typen.js';
import { konvertiereZeile } from '../../pruefen/konvertiere-zeile.js';
import type { ClusterKontext } from '../../pruefen/konvertiere-zelle.js';
import { M } from './meldungen.js';
import { hatFehler } from './pruefe-projekt.js';
import { AKTEURE } from './tabellen.js';

/** The size class a head count falls into. */
export function groessenklasseVon(beschaeftigte: number): Groessenklasse {
  if (beschaeftigte < 10) return '1-9';
  if (beschaeftigte < 50) return '10-49';
  if (beschaeftigte < 250) return '50-249';
  return '250+';
}

/** Returns the validated actor, or undefined when the row has an error (all reported). */
export function pruefeAkteur(
  zeile: RohZeile,
  kontext: ClusterKontext,
  fehlendeSpalten: ReadonlySet<string>,
  probleme: Problem[],
): Akteur | undefined {
  const vorher = probleme.length;
  const { werte: w, ok } = konvertiereZeile(AKTEURE, zeile, kontext, fehlendeSpalten, probleme);
  if (w.typ === 'unternehmen' && w.beschaeftigte === undefined && w.groessenklasse === undefined) {
    probleme.push({
      schwere: 'fehler',
      ...ortVon(zeile, 'beschaeftigte'),
      meldung: M.bedingtePflicht('die Zahl der Beschäftigten oder die Größenklasse', 'bei Typ "Unternehmen"'),
    });
  }
  if (typeof w.beschaeftigte === 'number' && typeof w.groessenklasse === 'string') {
    const richtig = groessenklasseVon(w.beschaeftigte);
    if (richtig !== w.groessenklasse) {
      probleme.push({ schwere: 'fehler', ...ortVon(zeile, 'groessenklasse'), meldung: M.groessenklassePasstNicht(zeile.werte.groessenklasse, w.beschaeftigte, richtig) });
    }
  }
  if (!ok || hatFehler(probleme, vorher)) return undefined;
  const a: Akteur = {
    id: w.id as string,
    name: w.name as string,
    typ: w.typ as Akteur['typ'],
    sitz: w.sitz as Akteur['sitz'],
    quelle: herkunftVon(zeile),
  };
  if (w.beschaeftigte !== undefined) a.beschaeftigte = w.beschaeftigte as number;
  if (w.groessenklasse !== undefined) a.groessenklasse = w.groessenklasse as Groessenklasse;
  if (w.uebergeordnet !== undefined) a.uebergeordnet = w.uebergeordnet as string;
  return a;
}
