/**
 * Vertical grouped column chart: categories along the bottom (multi-line labels), one column
 * per series side by side, value labels above the columns, optional legend below.
 */
import { farben, PANELTITEL, SCHRIFTGROESSE } from './palette.js';
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
  /** A panel title drawn like the section headers of bar charts (so side-by-side panels' titles align). */
  panelTitel?: string;
  legende?: boolean;
  /** Legend entries per row (default: all in one row). */
  legendenSpalten?: number;
  /** Colours per category instead of per series (e.g. one colour per year when the categories are years). */
  kategorieFarben?: string[];
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
  const einheit = {
    width: o.breite,
    height: o.hoehe,
    encoding,
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          color: o.kategorieFarben
            ? { field: 'kategorie', type: 'nominal', sort: o.kategorien, scale: { domain: o.kategorien, range: o.kategorieFarben }, legend: null }
            : {
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
  const titel = o.titel ? { title: { text: o.titel } } : {};
  if (o.panelTitel === undefined) return { ...titel, data: { values: o.zeilen }, ...einheit };
  return {
    ...titel,
    data: { values: o.zeilen.map((z) => ({ ...z, abschnitt: o.panelTitel })) },
    facet: { row: { field: 'abschnitt', type: 'nominal', header: PANELTITEL } },
    spec: einheit,
  };
}
