/**
 * Vertical grouped column chart: categories along the bottom (multi-line labels), one column
 * per series side by side, value labels above the columns, optional legend below.
 */
import { farben, SCHRIFTGROESSE } from './palette.js';
import { textbreite } from './textbreite.js';
import { MEHRZEILIG, type Teilspec, type Wertzeile, ZEILENHOEHE } from './typen.js';

/** Options of a grouped column chart. */
export interface SaeulenOptionen {
  zeilen: Wertzeile[];
  kategorien: string[];
  serien: string[];
  farben?: string[];
  /** Width and height of the plot area in px. */
  breite: number;
  hoehe: number;
  titel?: string;
  legende?: boolean;
  /** Legend entries per row (default: all in one row). */
  legendenSpalten?: number;
}

const PADDING_KATEGORIE = 0.3;
const PADDING_SERIE = 0.08;
const LABELRAUM = SCHRIFTGROESSE + 6;

/** Width in px of one column, from the layout parameters. */
export function saeulenbreite(o: Pick<SaeulenOptionen, 'kategorien' | 'serien' | 'breite'>): number {
  const schritt = o.breite / Math.max(1, o.kategorien.length + PADDING_KATEGORIE);
  const gruppe = schritt * (1 - PADDING_KATEGORIE);
  return (gruppe / Math.max(1, o.serien.length)) * (1 - PADDING_SERIE);
}

/** Builds the Vega-Lite spec of a grouped column chart; fails if a value label is wider than its column step. */
export function saeulenDiagramm(o: SaeulenOptionen): Teilspec {
  const max = Math.max(0, ...o.zeilen.map((z) => z.wert));
  const yMax = max === 0 ? 1 : (max * o.hoehe) / (o.hoehe - LABELRAUM);
  const spalte = saeulenbreite(o) / (1 - PADDING_SERIE);
  for (const z of o.zeilen) {
    if (textbreite(z.beschriftung, SCHRIFTGROESSE, false) > spalte) {
      throw new Error(`Wertbeschriftung „${z.beschriftung}“ ist breiter als ihre Säule (${Math.floor(spalte)} px)`);
    }
  }
  const encoding: Record<string, unknown> = {
    x: {
      field: 'kategorie',
      type: 'nominal',
      sort: o.kategorien,
      scale: { paddingInner: PADDING_KATEGORIE, paddingOuter: PADDING_KATEGORIE / 2 },
      axis: { title: null, labelAngle: 0, labelExpr: MEHRZEILIG, labelLineHeight: ZEILENHOEHE, labelBaseline: 'top', labelPadding: 5 },
    },
    y: { field: 'wert', type: 'quantitative', scale: { domain: [0, yMax], nice: false, zero: true }, axis: null },
  };
  if (o.serien.length > 1) {
    encoding.xOffset = { field: 'serie', type: 'nominal', sort: o.serien, scale: { domain: o.serien, paddingInner: PADDING_SERIE } };
  }
  return {
    ...(o.titel ? { title: { text: o.titel } } : {}),
    width: o.breite,
    height: o.hoehe,
    data: { values: o.zeilen },
    encoding,
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          color: {
            field: 'serie',
            type: 'nominal',
            sort: o.serien,
            scale: { domain: o.serien, range: o.farben ?? farben(o.serien.length) },
            legend: o.legende ? { title: null, ...(o.legendenSpalten ? { columns: o.legendenSpalten } : {}) } : null,
          },
        },
      },
      {
        mark: { type: 'text', align: 'center', baseline: 'bottom', dy: -3 },
        encoding: { text: { field: 'beschriftung', type: 'nominal' } },
      },
    ],
  };
}
