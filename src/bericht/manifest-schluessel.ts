import { hasheEingaben } from '../manifest/hashe-eingaben.js';
import type { EingabeQuelle, ManifestSchluessel } from '../manifest/manifest.js';
import type { Berichtsformat } from './berichtsformat.js';

/** What the key of one report is built from (a part of the report order). */
export interface SchluesselAuftrag {
  datenVerzeichnis: string;
  jahr: number;
  cluster: string;
  streng: boolean;
  datum?: string;
  /** Tool version and code hash (computed by the caller, see `werkzeugHash`). */
  werkzeug: { version: string; sha256: string };
  /** Further options that change the output, e.g. the CSV encoding and delimiter. */
  optionen?: Record<string, string | number | boolean | null | undefined>;
  /** Files of the data folder this run hashed already (absolute path → sha256), see `hasheEingaben`. */
  bekannteHashes?: ReadonlyMap<string, string>;
}

/**
 * The manifest key of one report: the inputs the format declares (hashed), the tool, the format and the options.
 * A format that declares nothing gets the whole data folder as its input (always correct, never too current).
 */
export async function manifestSchluessel(auftrag: SchluesselAuftrag, format: Berichtsformat<unknown>): Promise<ManifestSchluessel> {
  const kontext = { datenVerzeichnis: auftrag.datenVerzeichnis, jahr: auftrag.jahr, cluster: auftrag.cluster };
  const quellen: EingabeQuelle[] = format.eingaben?.(kontext) ?? [{ name: 'daten', pfad: auftrag.datenVerzeichnis, art: 'ordner' }];
  const optionen: ManifestSchluessel['optionen'] = { jahr: auftrag.jahr, cluster: auftrag.cluster, streng: auftrag.streng, datum: auftrag.datum ?? null };
  for (const [name, wert] of Object.entries(auftrag.optionen ?? {})) optionen[name] = wert ?? null;
  return { werkzeug: auftrag.werkzeug, berichtsformat: format.id, optionen, eingaben: await hasheEingaben(quellen, auftrag.bekannteHashes) };
}
