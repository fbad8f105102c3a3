/**
 * The rows behind one Kennzahl of the clusterbericht (the engine's result before it becomes a number).
 * Every figure is derived from its Beleg (`clusterBelegWert`), so a figure and the rows that explain it
 * cannot disagree. A Beleg holds references to the validated rows only (no copies).
 */
import type { ClusterberichtTabelle, ClusterberichtTabellen } from '../typen.js';

/** A row of one of the nine tables. */
export type ClusterZeile = ClusterberichtTabellen[ClusterberichtTabelle][number];

/** A row a rule left out of a figure, with the rule in German. */
export interface ClusterAusschluss {
  zeile: ClusterZeile;
  grund: string;
}

/** The rows of one Kennzahl, all from `tabelle`. */
export type ClusterBeleg =
  /** A count: the value is the number of rows. */
  | { art: 'anzahl'; tabelle: ClusterberichtTabelle; zeilen: readonly ClusterZeile[]; ausgeschlossen?: ClusterAusschluss[] }
  /**
   * A sum over rows (a value "as given" is the sum over its one row): `betrag` of each row as an integer,
   * in cents (`cent`, figure in euros), hundredths (`hundertstel`: Mannjahre, percent) or units (`stueck`).
   */
  | {
    art: 'summe';
    tabelle: ClusterberichtTabelle;
    einheit: 'cent' | 'hundertstel' | 'stueck';
    zeilen: readonly ClusterZeile[];
    betrag: (z: ClusterZeile) => number;
  };

/** Key → Beleg, in the order of the Kennzahlen table of the contract. */
export type ClusterBelege = Map<string, ClusterBeleg>;
