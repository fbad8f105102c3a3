import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest, ManifestSchluessel } from './manifest.js';
import { jsonGleich as gleich } from './json-gleich.js';
import { jeGleichzeitig } from './je-gleichzeitig.js';
import { sha256 } from './sha256.js';

/** How a report folder relates to the run about to happen. */
export interface Aktualitaet {
  /** Nothing to do: same key, the requested formats are there and every recorded file is unchanged. */
  aktuell: boolean;
  /** Same inputs, tool and options as the previous run (its files for other formats may stay). */
  eingabenGleich: boolean;
}

/**
 * Compares the previous run's manifest with the key of this run and checks the recorded files on disk. `immer`
 * (the report is rendered in any case, --immer): only whether the inputs are the same, the files are not read
 * (`aktuell` is then false).
 */
export async function pruefeAktuell(
  ordner: string,
  alt: Manifest | undefined,
  schluessel: ManifestSchluessel,
  formate: ReadonlySet<string>,
  immer = false,
): Promise<Aktualitaet> {
  if (alt === undefined) return { aktuell: false, eingabenGleich: false };
  const eingabenGleich =
    gleich(alt.werkzeug, schluessel.werkzeug) &&
    alt.berichtsformat === schluessel.berichtsformat &&
    gleich(alt.optionen, schluessel.optionen) &&
    gleich(alt.eingaben, schluessel.eingaben);
  if (immer || !eingabenGleich || ![...formate].every((f) => alt.formate.includes(f))) return { aktuell: false, eingabenGleich };
  return { aktuell: await dateienUnveraendert(ordner, alt.dateien), eingabenGleich };
}

/** Whether every recorded file exists with the recorded hash (a file edited or deleted by hand means "render again"). */
async function dateienUnveraendert(ordner: string, dateien: Record<string, string>): Promise<boolean> {
  const gleich = await jeGleichzeitig(Object.entries(dateien), async ([relativ, hash]) => {
    try {
      return sha256(await readFile(path.join(ordner, relativ))) === hash;
    } catch {
      return false;
    }
  });
  return gleich.every(Boolean);
}
