import type { Problem } from '../fehler.js';

/**
 * The manifest of a report folder (`manifest.json`): what a run read (hash per input file, tool,
 * format, options) and what it wrote (hash per file). A later run with the same key and the same
 * files finds the report current and writes nothing; `--immer` forces a new run.
 */

/** The file name inside the report folder. */
export const MANIFEST_DATEI = 'manifest.json';

/** The schema tag written into every manifest; another tag means "not current". */
export const MANIFEST_SCHEMA = 'ewm-report/manifest@1';

/** One input a format reads: a file, the files directly in a folder, or a folder with everything below it. */
export interface EingabeQuelle {
  /** Key prefix in the manifest, e.g. `daten` or `vorlagen/ewm`. */
  name: string;
  /** Path on disk. */
  pfad: string;
  art: 'datei' | 'ordner-flach' | 'ordner';
}

/** What decides whether a report is current: everything that went into it. */
export interface ManifestSchluessel {
  /** Tool version and a hash of its code (a new build re-renders everything). */
  werkzeug: { version: string; sha256: string };
  berichtsformat: string;
  /** Options that change the output (the formats are recorded separately). */
  optionen: Record<string, string | number | boolean | null>;
  /** sha256 per input file, keyed `name/relative/path`; a declared but missing file is `"fehlt"`. */
  eingaben: Record<string, string>;
}

/** The whole manifest as written. */
export interface Manifest extends ManifestSchluessel {
  schema: string;
  /** The output formats the folder's files cover. */
  formate: string[];
  /** sha256 per written file (relative path), the manifest itself excluded. */
  dateien: Record<string, string>;
  /** Pages of the PDF, when there is one. */
  seiten?: number;
  /** The report's own warnings (texts), so that a current report can repeat them. */
  warnungen: Problem[];
}
