/**
 * Number marks in a chart's SVG for the HTML report: the data labels (text marks of Vega's SVG, not
 * axes, legends or titles) that show the value of a key the chart was built from ("15", "2,6" million
 * euros, "60 %" of two keys) are marked with that key; `ersetzeMarken` turns them into links to the
 * appendix like the numbers of the text. The standalone SVG files stay as rendered.
 */
import { dezimal } from '../format/dezimal.js';
import { zahl } from '../format/zahl.js';
import { abgeleiteteWerte } from './abgeleitete-werte.js';
import { markierer, type Kandidat } from './markiere-werte.js';

const DATEN_TEXTE = /(<g class="mark-text role-mark[^"]*"[^>]*>)([\s\S]*?)(<\/g>)/g;
const TEXT = /(<text\b[^>]*>)([^<]*)(<\/text>)/g;

/** How a chart may label a value: as an integer, or in millions with one decimal (amounts). */
function schreibweisen(w: number): string[] {
  const formen = [zahl(w)];
  if (Math.abs(w) >= 100_000) {
    const mio = dezimal(w / 1e6, 1);
    formen.push(mio, mio.replace(/,0$/, ''));
  }
  return formen;
}

/** The SVG with the data labels marked; `gelesen`: the keys the chart was built from, with their values. */
export function markiereDiagramm(svg: string, gelesen: ReadonlyMap<string, number>): string {
  if (gelesen.size === 0) return svg;
  const werte = new Map<string, Kandidat>();
  for (const [s, w] of gelesen) {
    for (const text of new Set(schreibweisen(w))) {
      const k = werte.get(text);
      if (k === undefined) werte.set(text, { schluessel: [s], art: 'einer' });
      else k.schluessel.push(s);
    }
  }
  for (const [text, k] of abgeleiteteWerte(gelesen)) if (!werte.has(text)) werte.set(text, k);
  const markiere = markierer(werte);
  return svg.replace(DATEN_TEXTE, (_, auf: string, innen: string, zu: string) =>
    `${auf}${innen.replace(TEXT, (__, t: string, inhalt: string, e: string) => `${t}${markiere(inhalt)}${e}`)}${zu}`);
}
