/** Converts and checks one aktivitaeten row (status default, Status seit when abgesagt, dates). */
import type { Problem } from '../../fehler.js';
import { deutschesDatum } from '../../lesen/parse-datum.js';
import { herkunftVon, ortVon, type RohZeile } from '../../lesen/roh-zeile.js';
import type { Aktivitaet } from '../model/typen.js';
import { konvertiereZeile } from '../../pruefen/konvertiere-zeile.js';
import { UNGUELTIG, type ClusterKontext } from '../../pruefen/konvertiere-zelle.js';
import { M } from './meldungen.js';
import { hatFehler } from './pruefe-projekt.js';
import { pruefeVorhabenBasis, KEINE } from './pruefe-vorhaben-basis.js';
import { AKTIVITAETEN } from './tabellen.js';

/** Returns the validated activity, or undefined when the row has an error (all reported). */
export function pruefeAktivitaet(
  zeile: RohZeile,
  kontext: ClusterKontext,
  fehlendeSpalten: ReadonlySet<string>,
  probleme: Problem[],
): Aktivitaet | undefined {
  const vorher = probleme.length;
  const { werte: w, ok } = konvertiereZeile(AKTIVITAETEN, zeile, kontext, fehlendeSpalten, probleme);
  pruefeVorhabenBasis(w, zeile, kontext, 'beginn', 'der Beginn', probleme);
  if (w.status === undefined) w.status = 'durchgefuehrt';
  if (w.status === 'abgesagt' && w.status_seit === undefined) {
    probleme.push({ schwere: 'fehler', ...ortVon(zeile, 'status_seit'), meldung: M.bedingtePflicht('"Status seit"', 'bei Status "abgesagt"') });
  }
  if (typeof w.beginn === 'string' && typeof w.ende === 'string' && w.ende < w.beginn) {
    probleme.push({ schwere: 'fehler', ...ortVon(zeile, 'ende'), meldung: M.endeVorBeginn(zeile.werte.ende, deutschesDatum(w.beginn), 'dem Beginn') });
  }
  if (!ok || hatFehler(probleme, vorher) || w.handlungsfeld === UNGUELTIG) return undefined;
  const a: Aktivitaet = {
    id: w.id as string,
    titel: w.titel as string,
    cluster: w.cluster as string,
    beteiligte_cluster: w.beteiligte_cluster as string[],
    handlungsfeld: w.handlungsfeld as string,
    beginn: w.beginn as string,
    // Optional fields are created with the object (see pruefeProjekt).
    ende: w.ende as string | undefined,
    format: w.format as Aktivitaet['format'],
    status: w.status as Aktivitaet['status'],
    status_seit: w.status_seit as string | undefined,
    teilnehmende: w.teilnehmende as number | undefined,
    standardaktivitaet: (w.standardaktivitaet as boolean | undefined) ?? false,
    leitlinien: (w.leitlinien as Aktivitaet['leitlinien'] | undefined) ?? KEINE,
    schwerpunktthemen: (w.schwerpunktthemen as Aktivitaet['schwerpunktthemen'] | undefined) ?? KEINE,
    quelle: herkunftVon(zeile),
  };
  return a;
}
