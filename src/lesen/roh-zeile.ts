/** One record as read, before conversion: raw cells by canonical column name, plus where it came from. */
import type { Problem } from '../fehler.js';
import type { Herkunftsort } from '../model/typen.js';
import type { ZahlDialekt } from './parse-betrag.js';

export interface RohZeile {
  datei: string;
  /** CSV: physical line of the record's first line (header = 1). JSON: 0. */
  zeile: number;
  /** JSON: index in the records array; CSV: undefined. */
  index?: number;
  /** Canonical column → raw value: a trimmed non-empty string (CSV) or any JSON value except null. */
  werte: Record<string, unknown>;
  /** How a lone dot in a number is read. */
  zahlDialekt: ZahlDialekt;
  /** Cached source location (see `herkunftVon`), shared by the record and the id index. */
  quelle?: Herkunftsort;
}

/** The location fields of a problem about this record (and optionally one column). */
export function ortVon(z: RohZeile, spalte?: string): Pick<Problem, 'datei' | 'zeile' | 'pfad' | 'spalte'> {
  if (z.index !== undefined) {
    return { datei: z.datei, pfad: spalte === undefined ? `[${z.index}]` : `[${z.index}].${spalte}` };
  }
  return spalte === undefined ? { datei: z.datei, zeile: z.zeile } : { datei: z.datei, zeile: z.zeile, spalte };
}

/** The source location stored on a validated record (one object per row, created once). */
export function herkunftVon(z: RohZeile): Herkunftsort {
  z.quelle ??= z.index !== undefined ? { datei: z.datei, zeile: 0, pfad: `[${z.index}]` } : { datei: z.datei, zeile: z.zeile };
  return z.quelle;
}

/** `datei:zeile` or `datei:[index]` of a source location, for messages. */
export function ortText(q: Herkunftsort): string {
  return q.pfad !== undefined ? `${q.datei}:${q.pfad}` : `${q.datei}:${q.zeile}`;
}
