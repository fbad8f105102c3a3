import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const WURZEL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The built CLI entry point, bundled as shipped (npm test builds before running vitest). */
export const CLI = path.join(WURZEL, 'dist/bundle/main.js');

/** A module of the build, for child processes that cannot load TypeScript. */
export function gebaut(modul: string): string {
  const datei = path.join(WURZEL, 'dist', modul);
  if (!existsSync(datei)) throw new Error(`${datei} fehlt: erst "npm run build" ausführen`);
  return datei;
}
