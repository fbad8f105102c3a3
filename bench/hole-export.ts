/**
 * Cached generated exports: `bench/daten/<n>/` is reused when its `generator.json` names the same
 * generator version, seed and n; otherwise it is generated into a temporary folder and renamed.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GENERATOR_VERSION, generiereExport, STANDARD_SEED, type ExportZeilen } from './generiere-export.js';

export interface GecachterExport {
  verzeichnis: string;
  zeilen: ExportZeilen;
  /** True when the set was generated in this call. */
  neu: boolean;
}

interface Kennung {
  version: number;
  seed: number;
  n: number;
  zeilen: ExportZeilen;
}

/** Returns the export for `n` projects under `basis/<n>/`, generating it only when missing or stale. */
export async function holeExport(basis: string, n: number, clusterJson: string, seed = STANDARD_SEED): Promise<GecachterExport> {
  const verzeichnis = path.join(basis, String(n));
  const kennungsDatei = path.join(verzeichnis, 'generator.json');
  if (existsSync(kennungsDatei)) {
    const k = JSON.parse(await readFile(kennungsDatei, 'utf8')) as Kennung;
    if (k.version === GENERATOR_VERSION && k.seed === seed && k.n === n) return { verzeichnis, zeilen: k.zeilen, neu: false };
  }
  const temp = `${verzeichnis}.tmp-${process.pid}`;
  await rm(temp, { recursive: true, force: true });
  const zeilen = await generiereExport(temp, n, { clusterJson, seed });
  const kennung: Kennung = { version: GENERATOR_VERSION, seed, n, zeilen };
  await writeFile(path.join(temp, 'generator.json'), `${JSON.stringify(kennung, null, 2)}\n`);
  await rm(verzeichnis, { recursive: true, force: true });
  await rename(temp, verzeichnis);
  return { verzeichnis, zeilen, neu: true };
}
