/**
 * Print CSS the report template must include: A4 page box, the running footer with the
 * page number as CSS margin box (rendered in the page's embedded font, none on the cover)
 * and the break rules (no split table rows, no heading alone at a page bottom).
 */
import { SCHRIFTFAMILIE } from '../schrift/schrift-css.js';

/** Page margins in millimetres (top, right, bottom, left). */
const RAND_MM = [20, 20, 22, 20] as const;
/**
 * Width of the printed text column on A4 (210 mm minus the left and right margin) in CSS pixels.
 * Chromium lays a printed page out at whole pixels: 170 mm = 642.52 px is printed as 643 px
 * (measured: with 642.52 px two or three lines per report break differently than in the print).
 */
export const INHALTSBREITE = `${Math.ceil(((210 - RAND_MM[1] - RAND_MM[3]) * 96) / 25.4)}px`;
/** Height of the text area on A4 (297 mm minus the top and bottom margin) in CSS pixels. */
export const INHALTSHOEHE = Math.floor(((297 - RAND_MM[0] - RAND_MM[2]) * 96) / 25.4);

/** Options for the page CSS. */
export interface SeitenCssOptionen {
  /** Footer "Seite 5 von 24" instead of the seed's plain "5"; default false. */
  mitGesamtzahl?: boolean;
}

/** Returns the @page and break CSS for the report (footer from page 2 on). */
export function seitenCss(optionen: SeitenCssOptionen = {}): string {
  const inhalt = optionen.mitGesamtzahl === true ? '"Seite " counter(page) " von " counter(pages)' : 'counter(page)';
  return [
    `@page{size:A4;margin:${RAND_MM.map((r) => `${r}mm`).join(' ')};`,
    `@bottom-center{content:${inhalt};font-family:'${SCHRIFTFAMILIE}';font-size:9pt;color:#333}}`,
    '@page:first{@bottom-center{content:none}}',
    'h1,h2,h3,h4,h5,h6{break-after:avoid;break-inside:avoid}',
    'tr,figure,img,svg{break-inside:avoid}',
    'thead{display:table-header-group}',
  ].join('\n');
}
