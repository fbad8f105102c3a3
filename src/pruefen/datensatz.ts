/**
 * The record type of a declared table, derived from its column declarations (`src/pruefen/tabelle.ts`), so a
 * column and its field are described once: the name, the type of the converted value (`konvertiereZelle`),
 * and whether it is always present. Declare the table `as const` so names, types and `pflicht` stay literal.
 */
import type { Aufzaehlung, Spalte } from './tabelle.js';

/**
 * The value of a converted cell of `S`: amounts in cents and decimals in hundredths (numbers), dates as ISO
 * `yyyy-mm-dd`, enumerations their slug, cluster references the slug.
 */
export type SpaltenWert<S extends Spalte> = S['typ'] extends 'betrag' | 'ganzzahl' | 'dezimal'
  ? number
  : S['typ'] extends 'wahrheitswert'
    ? boolean
    : S['typ'] extends 'aufzaehlung'
      ? S['aufzaehlung'] extends Aufzaehlung<infer W> ? W : string
      : S['typ'] extends 'aufzaehlungsliste'
        ? S['aufzaehlung'] extends Aufzaehlung<infer W> ? W[] : string[]
        : S['typ'] extends 'clusterliste'
          ? string[]
          : string;

/** Always present: required columns, and booleans (an empty cell is nein). */
type Immer<S extends Spalte> = S['pflicht'] extends true ? S['name'] : S['typ'] extends 'wahrheitswert' ? S['name'] : never;

/** A valid row of a table: its required columns and booleans always present, every other column optional. */
export type Datensatz<T extends { spalten: readonly Spalte[] }> = {
  [S in T['spalten'][number] as Immer<S>]: SpaltenWert<S>;
} & {
  [S in T['spalten'][number] as S['name'] extends Immer<S> ? never : S['name']]?: SpaltenWert<S>;
};
