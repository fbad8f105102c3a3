import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds a format's template pack `templates/<format>` (the folder with `bericht.hbs`) relative to this module,
 * so it works from `src/` under vitest and from `dist/src/` after the build, never relative to the working directory.
 */
export function vorlagenOrdner(format: string): string {
  let ordner = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const kandidat = path.join(ordner, 'templates', format);
    if (existsSync(path.join(kandidat, 'bericht.hbs'))) return kandidat;
    const oben = path.dirname(ordner);
    if (oben === ordner) throw new Error(`Vorlagenordner templates/${format} nicht gefunden (Installation unvollständig?).`);
    ordner = oben;
  }
}
