/**
 * The records behind one Kennzahl (the engine's result before it becomes a number).
 *
 * Every figure is derived from its Beleg by `wertVon`, so a figure and the records that explain it
 * cannot disagree. A Beleg holds references to the validated records only (no copies).
 */
import type { Akteur, Aktivitaet, Beteiligung, Projekt } from '../model/typen.js';

/** A project or an activity: a Vorhaben. */
export type Vorhaben = Projekt | Aktivitaet;

/** A record left out of a figure by a methodology rule, with the rule in German. */
export interface Ausschluss {
  datensatz: Vorhaben;
  grund: string;
}

/** The records of one Kennzahl. */
export type Beleg =
  /** A count of Vorhaben: the value is the number of records. */
  | { art: 'anzahl'; datensaetze: Vorhaben[]; ausgeschlossen?: Ausschluss[] }
  /** A sum over Vorhaben: `betrag` of each record, in integer cents (`cent`) or plain units (`stueck`). */
  | { art: 'summe'; einheit: 'cent' | 'stueck'; datensaetze: Vorhaben[]; betrag: (v: Vorhaben) => number }
  /** A count of Zähleinheiten: `ueber` lists, per Zähleinheit id, the participations through which it counts. */
  | { art: 'akteure'; datensaetze: Akteur[]; ueber: ReadonlyMap<string, readonly Beteiligung[]> };

/** Key → Beleg, in the order of the methodology's key table. */
export type Belege = Map<string, Beleg>;
