/**
 * The one colour scheme and the shared chart configuration of the report.
 *
 * A dark-to-light blue/teal ramp whose CIELAB lightness (L*) steps are at least 14 apart,
 * so series stay distinguishable in greyscale print. Lightness values (D65, sRGB):
 * #0b2f4f L* 18.7 · #1b5e7e L* 37.4 · #2f8aa3 L* 53.4 · #6fb8c9 L* 70.8 · #b3dce5 L* 85.2
 */
import type { Config } from 'vega-lite';

/** The ramp, darkest first. */
export const PALETTE = ['#0b2f4f', '#1b5e7e', '#2f8aa3', '#6fb8c9', '#b3dce5'] as const;

/** Text and line colours (dark grey text, mid grey rules). */
export const TEXTFARBE = '#222222';
export const LINIENFARBE = '#8a8a8a';

/** Font stack of every chart; the report embeds Source Sans 3 via @font-face (weights 400 and 600). */
export const SCHRIFT = "'Source Sans 3', sans-serif";
export const SCHRIFTGROESSE = 11;
export const TITELGROESSE = 11;
/** Width of the A4 text column in px (CSS px at 96 dpi, 170 mm). */
export const SPALTENBREITE = 640;
/** Padding of every chart on each side, and the spacing between side-by-side panels, in px. */
export const RAND = 4;
export const PANEL_ABSTAND = 28;

/** German number locale for Vega's d3-format (decimal comma, thousands point). */
export const DEUTSCHE_ZAHLEN = {
  decimal: ',',
  thousands: '.',
  grouping: [3],
  currency: ['', '\u00a0€'] as [string, string],
};

/**
 * Picks `n` colours from the ramp, as far apart in lightness as possible, darkest first
 * (n = 1 → mid-dark; n > 5 is an error because greyscale could no longer tell them apart).
 */
export function farben(n: number): string[] {
  const indizes: Record<number, number[]> = {
    0: [],
    1: [1],
    2: [1, 3],
    3: [0, 2, 4],
    4: [0, 1, 2, 3],
    5: [0, 1, 2, 3, 4],
  };
  const auswahl = indizes[n];
  if (!auswahl) throw new Error(`Zu viele Datenreihen für die Palette: ${n} (höchstens 5)`);
  return auswahl.map((i) => PALETTE[i] as string);
}

/** The header of a panel (a facet row's label): bold, left at the plot, the same in every chart so titles align. */
export const PANELTITEL = {
  title: null,
  labelAngle: 0,
  labelOrient: 'top',
  labelAnchor: 'start',
  labelAlign: 'left',
  labelFontWeight: 600,
  labelFontSize: SCHRIFTGROESSE,
  labelColor: TEXTFARBE,
  labelPadding: 4,
} as const;

/** The colour of a year, the same in every chart: the report year darkest, each earlier year two steps lighter. */
export function jahresFarbe(jahr: number, berichtsjahr: number): string {
  const abstand = berichtsjahr - jahr;
  const farbe = PALETTE[abstand * 2];
  if (abstand < 0 || farbe === undefined) throw new Error(`Keine Jahresfarbe für ${jahr} im Bericht ${berichtsjahr} (höchstens drei Jahre)`);
  return farbe;
}

/** The shared Vega-Lite config: font, sizes, German locale, no chart border, no grid. */
export function basisConfig(): Config {
  return {
    locale: { number: DEUTSCHE_ZAHLEN },
    font: SCHRIFT,
    background: 'white',
    aria: false,
    padding: RAND,
    view: { stroke: null },
    axis: {
      labelFont: SCHRIFT,
      labelFontSize: SCHRIFTGROESSE,
      labelColor: TEXTFARBE,
      labelLimit: 0,
      labelPadding: 4,
      titleFont: SCHRIFT,
      titleFontSize: SCHRIFTGROESSE,
      titleFontWeight: 600,
      titleColor: TEXTFARBE,
      domainColor: LINIENFARBE,
      tickColor: LINIENFARBE,
      ticks: false,
      grid: false,
    },
    legend: {
      orient: 'bottom',
      direction: 'horizontal',
      labelFont: SCHRIFT,
      labelFontSize: SCHRIFTGROESSE,
      labelColor: TEXTFARBE,
      labelLimit: 0,
      titleFontSize: SCHRIFTGROESSE,
      titleFontWeight: 600,
      symbolType: 'square',
      symbolSize: 120,
      symbolStrokeColor: LINIENFARBE,
      symbolStrokeWidth: 0.5,
      columnPadding: 16,
    },
    title: {
      font: SCHRIFT,
      fontSize: TITELGROESSE,
      fontWeight: 600,
      color: TEXTFARBE,
      anchor: 'start',
      offset: 8,
      subtitleFont: SCHRIFT,
      subtitleFontSize: SCHRIFTGROESSE,
      subtitleColor: TEXTFARBE,
    },
    bar: { stroke: LINIENFARBE, strokeWidth: 0.5 },
    text: { font: SCHRIFT, fontSize: SCHRIFTGROESSE, color: TEXTFARBE },
    concat: { spacing: PANEL_ABSTAND },
  };
}
