import type { Problem } from '../fehler.js';
import type { Cluster } from '../model/typen.js';

/**
 * The data check of a year's output (`<ausgabe>/<jahr>/.datenstand.json`): what reading and validating the
 * data folder concluded, keyed by everything that went into it. A later run whose key is the same (every file
 * of the data folder, the tool, the read options, the year) takes the registry, the reports of the year and the
 * warnings from here instead of reading and validating the tables again; the data is read only when a report
 * has to be rendered.
 */

/** The file name inside `<ausgabe>/<jahr>/` (a dot file: `vergleich` and folder listings pass it by). */
export const DATENSTAND_DATEI = '.datenstand.json';

/** The schema tag; another tag means "check the data again". */
export const DATENSTAND_SCHEMA = 'ewm-report/datenstand@1';

/** What decides whether the recorded check still holds. */
export interface DatenStandSchluessel {
  werkzeug: { version: string; sha256: string };
  /** The year and the options that change reading or validation (encoding, delimiter, size limit, --berichtsformat). */
  optionen: Record<string, string | number | boolean | null>;
  /** sha256 per file of the data folder (everything below it), keyed `daten/relative/path`. */
  eingaben: Record<string, string>;
}

/** The recorded conclusion of a valid data folder. */
export interface DatenStand extends DatenStandSchluessel {
  schema: string;
  /** The formats whose tables were read (a single report reads its own format's only). */
  formate: string[];
  /** The registry as validated (after --berichtsformat). */
  cluster: Cluster[];
  /** Per format read: the managements it reports on in the year (`Berichtsformat.berichtet`). */
  berichtet: Record<string, string[]>;
  /** The warnings and hints of the check (a valid folder has no errors); repeated by every run that uses the record. */
  probleme: Problem[];
}
