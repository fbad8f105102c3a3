/** Converts and checks one projekte row: conditional required fields, amount bounds, defaults. */
import type { Problem } from '../../fehler.js';
import { deutschesDatum } from '../../lesen/parse-datum.js';
import { herkunftVon, ortVon, type RohZeile } from '../../lesen/roh-zeile.js';
import type { Projekt } from '../model/typen.js';
import { konvertiereZeile } from '../../pruefen/konvertiere-zeile.js';
import { UNGUELTIG, type ClusterKontext } from '../../pruefen/konvertiere-zelle.js';
import { M } from './meldungen.js';
import { pruefeVorhabenBasis, KEINE } from './pruefe-vorhaben-basis.js';
import { PROJEKTE } from './tabellen.js';

/** Projects below this volume without public funding are a warning (50.000 € in cents). */
const KLEINPROJEKT_CENT = 5_000_000;

/** Returns the validated project, or undefined when the row has an error (all reported). */
export function pruefeProjekt(
  zeile: RohZeile,
  kontext: ClusterKontext,
  fehlendeSpalten: ReadonlySet<string>,
  probleme: Problem[],
): Projekt | undefined {
  const vorher = probleme.length;
  const { werte: w, ok } = konvertiereZeile(PROJEKTE, zeile, kontext, fehlendeSpalten, probleme);
  pruefeVorhabenBasis(w, zeile, kontext, 'laufzeitbeginn', 'der Laufzeitbeginn', probleme);
  const fehler = (spalte: string, meldung: string): void => {
    probleme.push({ schwere: 'fehler', ...ortVon(zeile, spalte), meldung });
  };
  const roh = (spalte: string): unknown => zeile.werte[spalte];

  // Conditional required fields
  if (w.status === 'regulaer_beendet' && w.laufzeitende === undefined) {
    fehler('laufzeitende', M.bedingtePflicht('das Laufzeitende', 'bei Status "regulär beendet"'));
  }
  if ((w.status === 'abgebrochen' || w.status === 'abgesagt') && w.status_seit === undefined) {
    fehler('status_seit', M.bedingtePflicht('"Status seit"', `bei Status "${w.status}"`));
  }
  if (w.fueui === true && w.konsortialstruktur === undefined) {
    fehler('konsortialstruktur', M.bedingtePflicht('die Konsortialstruktur', 'bei einem FuEuI-Projekt'));
  }
  // Dates
  if (typeof w.laufzeitbeginn === 'string' && typeof w.laufzeitende === 'string' && w.laufzeitende < w.laufzeitbeginn) {
    fehler('laufzeitende', M.endeVorBeginn(roh('laufzeitende'), deutschesDatum(w.laufzeitbeginn), 'dem Laufzeitbeginn'));
  }
  // Amounts with defaults
  const pv = w.projektvolumen;
  if (typeof pv === 'number') {
    if (w.projektvolumen_bb === undefined) w.projektvolumen_bb = pv;
    if (w.foerdervolumen === undefined) w.foerdervolumen = 0;
    if (typeof w.projektvolumen_bb === 'number' && w.projektvolumen_bb > pv) {
      fehler('projektvolumen_bb', M.groesserAls(roh('projektvolumen_bb'), pv, 'das Projektvolumen'));
    }
    if (typeof w.foerdervolumen === 'number' && w.foerdervolumen > pv) {
      fehler('foerdervolumen', M.groesserAls(roh('foerdervolumen'), pv, 'das Projektvolumen'));
    }
  }
  const fv = w.foerdervolumen;
  if (typeof fv === 'number') {
    if (w.foerdervolumen_bb === undefined) w.foerdervolumen_bb = fv;
    if (typeof w.foerdervolumen_bb === 'number' && w.foerdervolumen_bb > fv) {
      fehler('foerdervolumen_bb', M.groesserAls(roh('foerdervolumen_bb'), fv, 'das Fördervolumen'));
    }
    if (w.foerdergeber === 'keine' && fv > 0) fehler('foerdervolumen', M.keineFoerderungMitVolumen(roh('foerdervolumen')));
  }
  if (w.foerdergeber === 'keine' && typeof pv === 'number' && pv < KLEINPROJEKT_CENT) {
    probleme.push({ schwere: 'warnung', ...ortVon(zeile, 'projektvolumen'), meldung: M.kleinprojektOhneFoerderung(pv) });
  }

  if (!ok || hatFehler(probleme, vorher) || w.handlungsfeld === UNGUELTIG) return undefined;
  const p: Projekt = {
    id: w.id as string,
    titel: w.titel as string,
    cluster: w.cluster as string,
    beteiligte_cluster: w.beteiligte_cluster as string[],
    handlungsfeld: w.handlungsfeld as string,
    laufzeitbeginn: w.laufzeitbeginn as string,
    // Optional fields are created with the object (possibly undefined): adding them later would give
    // a million records a second, out-of-object property store each.
    laufzeitende: w.laufzeitende as string | undefined,
    status: w.status as Projekt['status'],
    status_seit: w.status_seit as string | undefined,
    projektvolumen: pv as number,
    projektvolumen_bb: w.projektvolumen_bb as number,
    foerdervolumen: fv as number,
    foerdervolumen_bb: w.foerdervolumen_bb as number,
    foerdergeber: w.foerdergeber as Projekt['foerdergeber'],
    foerderprogramm: w.foerderprogramm as string | undefined,
    fueui: w.fueui as boolean,
    konsortialstruktur: w.konsortialstruktur as Projekt['konsortialstruktur'],
    leitlinien: (w.leitlinien as Projekt['leitlinien'] | undefined) ?? KEINE,
    schwerpunktthemen: (w.schwerpunktthemen as Projekt['schwerpunktthemen'] | undefined) ?? KEINE,
    quelle: herkunftVon(zeile),
  };
  return p;
}

/** True when an error (not only warnings) was added since `vorher`. */
export function hatFehler(probleme: readonly Problem[], vorher: number): boolean {
  for (let i = vorher; i < probleme.length; i++) if (probleme[i]?.schwere === 'fehler') return true;
  return false;
}
