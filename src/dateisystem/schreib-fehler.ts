import { CliFehler, EXIT } from '../fehler.js';
import { dateisystemGrund, istDateisystemFehler } from './dateisystem-grund.js';

/**
 * Turns a file-system error while writing below `ziel` into a German CliFehler (exit 2) naming the path
 * and what to do; other errors are returned unchanged.
 */
export function schreibFehler(fehler: unknown, ziel: string): unknown {
  if (!istDateisystemFehler(fehler)) return fehler;
  const pfad = typeof fehler.path === 'string' ? fehler.path : ziel;
  return new CliFehler(`"${pfad}" kann nicht geschrieben werden: ${dateisystemGrund(fehler, 'schreiben')}. Es wurde nichts überschrieben.`, {
    exitCode: EXIT.eingabe,
    cause: fehler,
  });
}
