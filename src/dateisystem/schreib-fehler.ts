import { CliFehler, EXIT } from '../fehler.js';
import { dateisystemGrund, istDateisystemFehler } from './dateisystem-grund.js';

/**
 * Turns a file-system error while writing below `ziel` into a German CliFehler (exit 2) naming the path
 * and what to do; other errors are returned unchanged.
 */
export function schreibFehler(fehler: unknown, ziel: string): unknown {
  if (!istDateisystemFehler(fehler)) return fehler;
  // The temporary and backup folders of an atomic write are internal: name the folder they live in.
  const pfad = (typeof fehler.path === 'string' ? fehler.path : ziel).replace(/\/\.(tmp|alt)-[^/]*(\/.*)?$/, '');
  return new CliFehler(`"${pfad}" kann nicht geschrieben werden: ${dateisystemGrund(fehler, 'schreiben')}. Es wurde nichts überschrieben.`, {
    exitCode: EXIT.eingabe,
    cause: fehler,
  });
}

/** System calls that change the file system; an error in any other call happened while reading. */
const SCHREIBEND = new Set(['mkdir', 'rename', 'write', 'unlink', 'rmdir', 'rm', 'copyfile', 'symlink', 'link', 'chmod', 'fsync', 'ftruncate', 'utime']);

/** Any file-system error as a German CliFehler (exit 2) naming the path; other errors unchanged. */
export function dateisystemFehler(fehler: unknown): unknown {
  if (!istDateisystemFehler(fehler)) return fehler;
  const pfad = typeof fehler.path === 'string' ? fehler.path : undefined;
  if (SCHREIBEND.has(fehler.syscall ?? '')) return schreibFehler(fehler, pfad ?? '?');
  return new CliFehler(`"${pfad ?? '?'}" lässt sich nicht lesen: ${dateisystemGrund(fehler, 'lesen')}.`, { exitCode: EXIT.eingabe, cause: fehler });
}
