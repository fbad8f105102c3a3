/**
 * Print CSS the report template must include: A4 page box, the running footer with the
 * page number as CSS margin box (rendered in the page's embedded font, none on the cover)
 * and the break rules (no split table rows, no heading alone at a page bottom).
 */
import { SCHRIFTFAMILIE } from '../schrift/schrift-css.js';

/** Options for the page CSS. */
export interface SeitenCssOptionen {
  /** Footer "Seite 5 von 24" instead of the seed's plain "5"; default false. */
  mitGesamtzahl?: boolean;
}

/** Returns the @page and break CSS for the report (footer from page 2 on). */
export function seitenCss(optionen: SeitenCssOptionen = {}): string {
  const inhalt = optionen.mitGesamtzahl === true ? '"Seite " counter(page) " von " counter(pages)' : 'counter(page)';
  return [
    '@page{size:A4;margin:20mm 20mm 22mm 20mm;',
    `@bottom-center{content:${inhalt};font-family:'${SCHRIFTFAMILIE}';font-size:9pt;color:#333}}`,
    '@page:first{@bottom-center{content:none}}',
    'h1,h2,h3,h4,h5,h6{break-after:avoid;break-inside:avoid}',
    'tr,figure,img,svg{break-inside:avoid}',
    'thead{display:table-header-group}',
  ].join('\n');
}
