/** The per-row rules of the clusterbericht tables and the typed record of a valid row. */
import type { Problem } from '../../fehler.js';
import { datum } from '../../format/datum.js';
import { herkunftVon, ortVon, type RohZeile } from '../../lesen/roh-zeile.js';
import { M } from '../../pruefen/meldungen.js';
import type { ClusterberichtTabellen, ClusterberichtTabelle } from '../typen.js';
import { MC } from './meldungen.js';

/** A segment slug becomes part of Kennzahl keys (`branche.{segment}.umsatz`): no dots, no spaces. */
const SEGMENT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Datensatz<T extends ClusterberichtTabelle> = ClusterberichtTabellen[T][number];

/**
 * Applies the rules of one row of `tabelle` to its converted `werte` (all cells valid) and returns
 * the record, or undefined after pushing an error: `ende` not before `beginn`, `segment` a slug.
 * Defaults: booleans empty = nein, `status` of a network empty = laufend.
 */
export function pruefeClusterberichtZeile<T extends ClusterberichtTabelle>(
  tabelle: T,
  werte: Record<string, unknown>,
  zeile: RohZeile,
  probleme: Problem[],
): Datensatz<T> | undefined {
  const satz: Record<string, unknown> = { ...werte, herkunft: herkunftVon(zeile) };
  switch (tabelle) {
    case 'branche':
      if (!SEGMENT.test(String(werte.segment))) {
        probleme.push({ schwere: 'fehler', ...ortVon(zeile, 'segment'), meldung: MC.segmentKeinSlug(werte.segment) });
        return undefined;
      }
      break;
    case 'netzwerke':
      satz.status ??= 'laufend';
      break;
    case 'schutzrechte':
      satz.anmeldung ??= false;
      satz.beispiel ??= false;
      break;
    case 'veranstaltungen': {
      satz.hervorheben ??= false;
      const { beginn, ende } = werte as { beginn: string; ende?: string };
      if (ende !== undefined && ende < beginn) {
        probleme.push({ schwere: 'fehler', ...ortVon(zeile, 'ende'), meldung: M.endeVorBeginn(zeile.werte.ende, datum(beginn), 'dem Beginn') });
        return undefined;
      }
      break;
    }
    default:
      break;
  }
  return satz as unknown as Datensatz<T>;
}
