/** Shared types of the generic chart builders. */

/** One bar: its category (lines joined by '\n'), series, value and the printed value label. */
export interface Wertzeile {
  kategorie: string;
  serie: string;
  wert: number;
  beschriftung: string;
  /** Section (facet row) of horizontal bar charts; empty when the chart has none. */
  abschnitt?: string;
}

/** A Vega-Lite sub-spec (unit, layer or facet) to be placed in a concat or used as top level. */
export type Teilspec = Record<string, unknown>;

/** Vega expression that turns '\n' in a category into a multi-line axis label. */
export const MEHRZEILIG = "split(datum.label, '\\n')";

/** Line height of multi-line labels in px. */
export const ZEILENHOEHE = 12;
