/**
 * Types of `ewm-report vergleich`: a loaded kennzahlen.json, the comparison of two of them,
 * and the result over two files or two output folders.
 */

/** One validated kennzahlen.json (of a registered format's schema, e.g. `ewm-report/kennzahlen@1`). */
export interface KennzahlenDatei {
  /** The path as shown to the user (as given on the command line, or joined with it). */
  datei: string;
  schema: string;
  berichtsjahr: number;
  cluster: string;
  /** Kennzahl key → value (counts, or amounts in euros with at most two decimals). */
  kennzahlen: ReadonlyMap<string, number>;
}

/** A Kennzahl present in both files with different values. */
export interface GeaenderteKennzahl {
  schluessel: string;
  alt: number;
  neu: number;
  /** `neu − alt`, computed in whole cents, so free of floating-point noise. */
  differenz: number;
  /** Relative change in percent, rounded to one decimal; `null` when `alt` is 0. */
  prozent: number | null;
  /** A figure of an earlier year that a later report states differently (see `vergleicheKennzahlen`). */
  rueckwirkend: boolean;
  /** Why, from the two reports' nachweis.json: the records that entered and left; absent without them. */
  warum?: KennzahlGrund;
}

/** A record that entered or left a figure, where it is and, where it can be told, what changed. */
export interface DatensatzWechsel {
  id: string;
  titel: string;
  /** Of the new record for one that entered, of the old one for one that left. */
  datei: string;
  zeile: number;
  pfad?: string;
  /** German, e.g. "Laufzeitbeginn jetzt 01.06.2017 (vorher 15.03.2018)"; undefined when nothing tells. */
  grund: string | undefined;
}

/** The records behind a changed figure's difference. */
export interface KennzahlGrund {
  hinzugekommen: DatensatzWechsel[];
  entfallen: DatensatzWechsel[];
  /** In both, with a different amount or different participations. */
  geaendert: DatensatzWechsel[];
}

/** A Kennzahl present in only one of the two files. */
export interface EinseitigeKennzahl {
  schluessel: string;
  wert: number;
}

/** The difference between two kennzahlen.json files; every list sorted by key. */
export interface KennzahlenVergleich {
  geaendert: GeaenderteKennzahl[];
  /** Keys only in the newer file. */
  hinzugekommen: EinseitigeKennzahl[];
  /** Keys only in the older file. */
  entfallen: EinseitigeKennzahl[];
  /** Number of keys present in both files with equal values. */
  gleich: number;
}

/** What a report file is, without its figures. */
export interface Berichtskopf {
  datei: string;
  berichtsjahr: number;
  cluster: string;
}

/** One report in the result: compared, or present on one side only. */
export type Berichtsvergleich =
  | {
      art: 'verglichen';
      /** Path relative to the compared folders; `null` when two single files were compared. */
      pfad: string | null;
      alt: Berichtskopf;
      neu: Berichtskopf;
      vergleich: KennzahlenVergleich;
      /** Whether anything differs: a Kennzahl, the Berichtsjahr or the cluster. */
      unterschiede: boolean;
    }
  | { art: 'hinzugekommen'; pfad: string; neu: Berichtskopf }
  | { art: 'entfallen'; pfad: string; alt: Berichtskopf };

/** The whole result of `ewm-report vergleich <alt> <neu>`. */
export interface Vergleichsergebnis {
  /** `datei`: two kennzahlen.json files; `ordner`: two output folders matched by relative path. */
  modus: 'datei' | 'ordner';
  alt: string;
  neu: string;
  /** Sorted by `pfad`. */
  berichte: Berichtsvergleich[];
  unterschiede: boolean;
}
