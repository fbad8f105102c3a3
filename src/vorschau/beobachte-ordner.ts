/**
 * Watches folders and all their subfolders for any change: a file written, replaced (`sed -i`, editors
 * that save by renaming a temporary file), renamed, created or deleted, and folders created or removed.
 *
 * Each folder gets its own non-recursive `fs.watch`. A watch on a folder reports changes of its entries
 * by name, so it survives files being replaced (a watch on the file itself would stay on the old inode).
 * After every event the tree is scanned again, so new subfolders are watched and removed ones dropped.
 */
import { readdirSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export interface Beobachter {
  schliesse(): void;
}

/** Calls `beiAenderung` (with the changed path) for every change below the `wurzeln`. */
export function beobachteOrdner(wurzeln: readonly string[], beiAenderung: (pfad: string) => void): Beobachter {
  const aktiv = new Map<string, FSWatcher>();
  let geschlossen = false;

  const abgleichen = (): void => {
    if (geschlossen) return;
    const ordner = new Set<string>();
    for (const w of wurzeln) sammleOrdner(w, ordner);
    for (const [o, beobachter] of aktiv) {
      if (ordner.has(o)) continue;
      beobachter.close();
      aktiv.delete(o);
    }
    for (const o of ordner) {
      if (aktiv.has(o)) continue;
      try {
        const beobachter = watch(o, { persistent: true }, (_art, name) => {
          beiAenderung(name ? path.join(o, name.toString()) : o);
          abgleichen();
        });
        beobachter.on('error', () => {
          beobachter.close();
          aktiv.delete(o);
          abgleichen();
        });
        aktiv.set(o, beobachter);
      } catch {
        // The folder vanished between scanning and watching; the next scan settles it.
      }
    }
  };
  abgleichen();

  return {
    schliesse() {
      geschlossen = true;
      for (const b of aktiv.values()) b.close();
      aktiv.clear();
    },
  };
}

/** Adds `ordner` and every folder below it (not following links, skipping node_modules) to `ergebnis`. */
function sammleOrdner(ordner: string, ergebnis: Set<string>): void {
  let eintraege;
  try {
    eintraege = readdirSync(ordner, { withFileTypes: true });
  } catch {
    return;
  }
  ergebnis.add(ordner);
  for (const e of eintraege) {
    if (e.isDirectory() && e.name !== 'node_modules' && e.name !== '.git') sammleOrdner(path.join(ordner, e.name), ergebnis);
  }
}
