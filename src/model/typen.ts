/**
 * Generic domain types shared by every report format: the registry of managements (`cluster.json`),
 * report metadata (`bericht.json`) and the validated data of one input folder. The tables of a
 * format and their records live with the format (e.g. `src/ewm/model/typen.ts`).
 *
 * Conventions:
 * - Dates are ISO strings `yyyy-mm-dd` (they compare correctly as strings, no time zone).
 * - Amounts are integer euro cents (`Cent`), never floating-point euros.
 */

/** ISO date `yyyy-mm-dd`. */
export type IsoDatum = string;
/** Integer amount in euro cents. */
export type Cent = number;

/** Where a record came from, for messages: file name and CSV line or JSON path. */
export interface Herkunftsort {
  datei: string;
  /** CSV: physical line of the record's first line (header = 1). JSON: 0. */
  zeile: number;
  /** JSON: path such as `[12]`; CSV: undefined. */
  pfad?: string;
}

export const CLUSTER_ARTEN = ['cluster', 'teilthema'] as const;
export type ClusterArt = (typeof CLUSTER_ARTEN)[number];

/** `gemeinsam` (Berlin-Brandenburg) and the sixteen German Länder as slugs. */
export const LAENDER = [
  'gemeinsam', 'berlin', 'brandenburg', 'baden-wuerttemberg', 'bayern', 'bremen', 'hamburg', 'hessen',
  'mecklenburg-vorpommern', 'niedersachsen', 'nordrhein-westfalen', 'rheinland-pfalz', 'saarland', 'sachsen',
  'sachsen-anhalt', 'schleswig-holstein', 'thueringen',
] as const;
export type Land = (typeof LAENDER)[number];

export interface Handlungsfeld {
  slug: string;
  name: string;
  /** First year the field exists (inclusive). */
  ab?: number;
  /** Last year the field exists (inclusive). */
  bis?: number;
}

export interface Cluster {
  slug: string;
  name: string;
  art: ClusterArt;
  land: Land;
  /** Id of the report format of this management (`ewm` when cluster.json names none). */
  berichtsformat: string;
  /** Explicit fields only; a format may add implicit ones (EWM: `uebergreifend`). */
  handlungsfelder: Handlungsfeld[];
  /** For a format's cover (clusterbericht): the Träger of the management with its address, one line each. */
  traeger?: string[];
  /** For a format's cover: the authors ("Bearbeiter"). */
  bearbeiter?: string[];
  /** For a format's cover: the management's internet address. */
  internet?: string;
}

/** Optional report metadata from `bericht.json`. */
export interface BerichtMeta {
  herausgeber?: string[];
  redaktion?: string[];
  foerderhinweis?: string;
  /** Publication date, ISO. */
  veroeffentlichung?: IsoDatum;
  /** Logos for the funding block, read from the data folder. */
  logos?: Logo[];
  /** "Weitere Informationen" links. */
  weitereInformationen?: WeitereInformation[];
}

/** A logo file from the data folder, embedded as a data: URL. */
export interface Logo {
  /** Path as written in bericht.json, relative to the data folder. */
  datei: string;
  alt: string;
  /** Lines printed beside the image in the report's font ("EUROPÄISCHE UNION"). */
  beschriftung: string[];
  /** `data:image/svg+xml;base64,…` or `data:image/png;base64,…`; set when the file was read. */
  daten?: string;
}

/** A "Weitere Informationen …" link; with `cluster` it belongs to that management's report only. */
export interface WeitereInformation {
  text?: string;
  url: string;
  cluster?: string;
}

/** What every format's data holds besides its own tables. */
export interface BasisDaten {
  cluster: Cluster[];
  bericht: BerichtMeta;
}

/** Everything one input folder holds, validated: the registry, and per format in use its data. */
export interface Datenbestand extends BasisDaten {
  /** Format id → that format's validated data (its tables plus `cluster` and `bericht`). */
  formate: ReadonlyMap<string, unknown>;
}
