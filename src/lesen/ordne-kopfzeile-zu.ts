/** Maps header names (CSV) or JSON keys to canonical column names. */
import { normalisiereSchluessel } from './normalisiere-schluessel.js';

export interface Spaltenbezeichnung {
  name: string;
  label: string;
}

export interface Zuordnung {
  /** Per header position: the canonical name, or undefined when unknown or empty. */
  spalten: (string | undefined)[];
  /** Header names that match no column (original spelling, in header order). */
  unbekannt: string[];
  /** Canonical names that occur more than once. */
  doppelt: string[];
}

/** Builds a lookup from every accepted spelling (canonical, label, normalised forms) to the canonical name. */
export function baueNamensindex(spalten: readonly Spaltenbezeichnung[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const s of spalten) {
    for (const form of [s.name, s.label]) {
      index.set(form.toLowerCase(), s.name);
      index.set(normalisiereSchluessel(form), s.name);
    }
  }
  return index;
}

/** Finds the canonical column for one header name, case-insensitively after trimming. */
export function findeSpalte(index: Map<string, string>, name: string): string | undefined {
  const s = name.trim().toLowerCase();
  return index.get(s) ?? index.get(normalisiereSchluessel(s));
}

/** Assigns each header name its canonical column; empty names are ignored silently. */
export function ordneKopfzeileZu(namen: readonly string[], spalten: readonly Spaltenbezeichnung[]): Zuordnung {
  const index = baueNamensindex(spalten);
  const gesehen = new Set<string>();
  const ergebnis: Zuordnung = { spalten: [], unbekannt: [], doppelt: [] };
  for (const name of namen) {
    if (name.trim() === '') {
      ergebnis.spalten.push(undefined);
      continue;
    }
    const kanonisch = findeSpalte(index, name);
    if (kanonisch === undefined) ergebnis.unbekannt.push(name.trim());
    else if (gesehen.has(kanonisch)) ergebnis.doppelt.push(kanonisch);
    gesehen.add(kanonisch ?? '');
    ergebnis.spalten.push(kanonisch !== undefined && !ergebnis.doppelt.includes(kanonisch) ? kanonisch : undefined);
  }
  return ergebnis;
}
