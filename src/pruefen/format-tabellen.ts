/**
 * The part of a report format the generic loader (`ladeDaten`) needs: which tables it reads, where,
 * and how the rows become the format's validated data. The loader finds the files, reads CSV or JSON
 * in every dialect, converts each cell by its column declaration and collects every problem; the
 * format's collector adds its per-row and cross-table rules.
 */
import type { Problem } from '../fehler.js';
import type { RohZeile } from '../lesen/roh-zeile.js';
import type { BasisDaten } from '../model/typen.js';
import type { ClusterKontext } from './konvertiere-zelle.js';
import type { Tabelle } from './tabelle.js';

/** Collects the rows of one load and builds the format's data from them. */
export interface TabellenSammler<Daten> {
  /** One raw record of `tabelle` (converted and checked by the format, problems pushed). */
  zeile(tabelle: string, zeile: RohZeile, fehlendeSpalten: ReadonlySet<string>): void;
  /**
   * After all tables: the rules across tables, then the data. `dateien` maps each table name to the
   * file it was read from (as named in messages); `vollstaendig` holds the tables read completely.
   */
  abschluss(dateien: ReadonlyMap<string, string>, vollstaendig: ReadonlySet<string>, basis: BasisDaten): Daten;
}

export interface FormatTabellen<Daten> {
  /** Folder of the tables inside the data folder; '' = the data folder itself. */
  ordner: string;
  /** The tables, in the contract's order (also the order problems are sorted by). */
  tabellen: readonly Tabelle[];
  /** A fresh collector for one load; `probleme` is where row and cross-table problems go. */
  sammler(kontext: ClusterKontext, probleme: Problem[]): TabellenSammler<Daten>;
}

/** A format as far as reading and validation are concerned. */
export interface DatenFormat<Daten = unknown> {
  id: string;
  tabellen: FormatTabellen<Daten>;
}
