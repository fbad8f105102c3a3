/**
 * Horizontal bar chart: categories on the left (multi-line labels), value labels right of the bars,
 * optional grouped series (one bar per series and category, coloured) and optional sections
 * (facet rows with their own categories and a shared value scale).
 */
import { farben, PANELTITEL, SCHRIFTGROESSE } from './palette.js';
import { textbreite } from './textbreite.js';
import { MEHRZEILIG, type Teilspec, type Wertzeile, ZEILENHOEHE } from './typen.js';

/** Options of a horizontal bar chart. */
export interface BalkenOptionen {
  zeilen: Wertzeile[];
  /** Category order; with sections, categories must be unique across sections. */
  kategorien: string[];
  /** Series order (legend order); one series means no grouping. */
  serien: string[];
  /** Colours per series; default: the palette's spread for the number of series. */
  farben?: string[];
  /** Section order (facet rows); omit for a chart without sections. */
  abschnitte?: string[];
  /** Width of the plot area in px (without the category labels). */
  breite: number;
  /** One bar per series and category (default when there is more than one series). */
  gruppiert?: boolean;
  titel?: string;
  legende?: boolean;
}

const BALKENHOEHE = 15;
const ABSTAND_LABEL = 4;
/** The axis label padding (basisConfig). */
const ACHSEN_ABSTAND = 4;

/**
 * Step in px of the band scale that sets the height: per category without grouping, per bar
 * (offset step) with grouping; either way a category has room for all its label lines.
 */
function schritt(kategorien: string[], serien: number, gruppiert: boolean): number {
  const zeilen = Math.max(1, ...kategorien.map((k) => k.split('\n').length));
  const fuerLabel = zeilen * ZEILENHOEHE + 10;
  if (!gruppiert) return Math.max(BALKENHOEHE + 9, fuerLabel);
  // The category band is serien × step plus the offset scale's outer padding (0.3 step each side).
  return Math.max(BALKENHOEHE + 1, Math.ceil(fuerLabel / (serien + 0.6)));
}

/** Width in px the category labels take left of the plot (the widest label line plus the axis' label padding). */
export function achsenbreite(kategorien: string[]): number {
  const zeilen = kategorien.flatMap((k) => k.split('\n'));
  return Math.max(0, ...zeilen.map((z) => textbreite(z, SCHRIFTGROESSE, false))) + ACHSEN_ABSTAND;
}

/** The plot width that makes a bar chart with these category labels exactly `gesamt` px wide (without padding). */
export function balkenBreiteFuer(gesamt: number, kategorien: string[]): number {
  return gesamt - achsenbreite(kategorien);
}

/** The upper end of the value scale so that the longest bar still leaves room for its label. */
export function wertBereichBalken(zeilen: Wertzeile[], breite: number): number {
  const max = Math.max(0, ...zeilen.map((z) => z.wert));
  const label = Math.max(0, ...zeilen.map((z) => textbreite(z.beschriftung, SCHRIFTGROESSE, false)));
  const platz = breite - label - ABSTAND_LABEL - 2;
  if (platz < breite / 3) throw new Error(`Wertbeschriftung zu breit für ${breite} px`);
  return max === 0 ? 1 : (max * breite) / platz;
}

/** Builds the Vega-Lite spec of a horizontal bar chart. */
export function balkenDiagramm(o: BalkenOptionen): Teilspec {
  const mehrereSerien = o.gruppiert ?? o.serien.length > 1;
  const band = schritt(o.kategorien, o.serien.length, mehrereSerien);
  const xMax = wertBereichBalken(o.zeilen, o.breite);
  const y = {
    field: 'kategorie',
    type: 'nominal',
    sort: o.kategorien,
    scale: { paddingInner: 0, paddingOuter: 0 },
    axis: { title: null, labelExpr: MEHRZEILIG, labelLineHeight: ZEILENHOEHE, labelBaseline: 'middle', domain: true },
  };
  const encoding: Record<string, unknown> = {
    y,
    x: { field: 'wert', type: 'quantitative', scale: { domain: [0, xMax], nice: false, zero: true }, axis: null },
  };
  if (mehrereSerien) {
    encoding.yOffset = { field: 'serie', type: 'nominal', sort: o.serien, scale: { domain: o.serien, paddingOuter: 0.3 } };
  }
  const farbskala = { domain: o.serien, range: o.farben ?? farben(o.serien.length) };
  const layer = [
    {
      mark: { type: 'bar', height: { band: mehrereSerien ? 1 : 0.62 } },
      encoding: {
        color: {
          field: 'serie',
          type: 'nominal',
          sort: o.serien,
          scale: farbskala,
          legend: o.legende ? { title: null } : null,
        },
      },
    },
    {
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: ABSTAND_LABEL },
      encoding: { text: { field: 'beschriftung', type: 'nominal' } },
    },
  ];
  const einheit = { width: o.breite, height: { step: band }, encoding, layer };
  const titel = o.titel ? { title: { text: o.titel } } : {};
  if (!o.abschnitte) return { ...titel, data: { values: o.zeilen }, ...einheit };
  return {
    ...titel,
    data: { values: o.zeilen },
    facet: {
      row: {
        field: 'abschnitt',
        type: 'nominal',
        sort: o.abschnitte,
        header: PANELTITEL,
      },
    },
    spacing: 10,
    resolve: { scale: { y: 'independent' } },
    spec: einheit,
  };
}
