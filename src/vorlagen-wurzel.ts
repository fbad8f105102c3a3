import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's `templates/` folder (one subfolder per report format), found upward from this module:
 * works from `src/` under vitest, from `dist/src/` and from the bundle in `dist/bundle/`.
 */
export function vorlagenWurzel(): string {
  for (let ordner = path.dirname(fileURLToPath(import.meta.url)); ; ordner = path.dirname(ordner)) {
    const kandidat = path.join(ordner, 'templates');
    if (existsSync(kandidat) && existsSync(path.join(ordner, 'package.json'))) return kandidat;
    if (path.dirname(ordner) === ordner) throw new Error('Vorlagenordner templates/ nicht gefunden (Installation unvollständig?).');
  }
}
