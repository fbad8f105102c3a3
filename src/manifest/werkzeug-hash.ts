import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasheEingaben } from './hashe-eingaben.js';
import type { EingabeQuelle } from './manifest.js';
import { sha256 } from './sha256.js';

let ergebnis: Promise<string> | undefined;

/**
 * A hash of the running tool: every file of the code tree this module belongs to (`dist/bundle` for the
 * bundled CLI, `dist/src` after tsc, `src` under vitest) and the package manifest and lock file with the
 * dependency versions.
 * Computed once per process.
 */
export function werkzeugHash(): Promise<string> {
  ergebnis ??= (async () => {
    const hier = path.dirname(fileURLToPath(import.meta.url));
    const code = path.basename(hier) === 'manifest' ? path.dirname(hier) : hier;
    const wurzel = await paketWurzel(code);
    const quellen: EingabeQuelle[] = [{ name: 'code', pfad: code, art: 'ordner' }];
    if (wurzel !== undefined) {
      quellen.push({ name: 'package.json', pfad: path.join(wurzel, 'package.json'), art: 'datei' });
      quellen.push({ name: 'package-lock.json', pfad: path.join(wurzel, 'package-lock.json'), art: 'datei' });
    }
    return sha256(JSON.stringify(await hasheEingaben(quellen)));
  })();
  return ergebnis;
}

/** The nearest folder above `start` with a package.json. */
async function paketWurzel(start: string): Promise<string | undefined> {
  for (let ordner = start; ; ordner = path.dirname(ordner)) {
    try {
      await readFile(path.join(ordner, 'package.json'));
      return ordner;
    } catch {
      if (path.dirname(ordner) === ordner) return undefined;
    }
  }
}
