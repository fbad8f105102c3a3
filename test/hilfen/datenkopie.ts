import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { WURZEL } from './pfade.js';

/** A private copy of the sample data (`data/`) in a fresh temporary folder, for tests that change it. */
export async function kopiereBeispieldaten(): Promise<{ basis: string; daten: string }> {
  const basis = await mkdtemp(path.join(os.tmpdir(), 'ewm-daten-'));
  const daten = path.join(basis, 'data');
  await cp(path.join(WURZEL, 'data'), daten, { recursive: true });
  return { basis, daten };
}
