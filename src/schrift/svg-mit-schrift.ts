/**
 * Standalone chart SVGs that carry their font: an @font-face with a data: URL of a subset of Source Sans 3
 * (regular and semibold) holding only the glyphs the texts of a report's charts use (about 8–10 KB per face),
 * so each file looks the same on a machine without the font. One subset per face serves all charts of a
 * report: 2 subsets instead of 16, each a few glyphs larger than one chart's own. The subset is plain TrueType, not compressed: WOFF 1.0's zlib
 * (in JavaScript, inside the subsetter) took 10 ms per face and WOFF 2's Brotli 26 ms, against 2–3 ms for the
 * subset alone, for 3 KB less per face. The charts inside the report's HTML and PDF stay without it: there
 * the page's embedded font applies.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { entschluesseleHtml } from '../texte/entschluessele-html.js';
import { SCHRIFTFAMILIE } from './schrift-css.js';

const SCHNITTE = [
  { gewicht: 400, name: 'SourceSans3-Regular' },
  { gewicht: 600, name: 'SourceSans3-Semibold' },
] as const;

const quellen = new Map<string, Buffer>();

/** The static TrueType face of the `source-sans` package (the subsetter's input), read once. */
function quelle(name: string): Buffer {
  let q = quellen.get(name);
  if (!q) {
    q = readFileSync(createRequire(import.meta.url).resolve(`source-sans/TTF/${name}.ttf`));
    quellen.set(name, q);
  }
  return q;
}

/** The characters of every text node of an SVG (spaces too, they have a glyph), entities decoded, sorted and each once. */
export function svgZeichen(svg: string): string {
  const zeichen = new Set<string>();
  for (const [, inhalt] of svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]*)/g)) {
    const text = entschluesseleHtml(inhalt ?? '');
    for (const z of text) if (z >= ' ') zeichen.add(z);
  }
  return [...zeichen].sort().join('');
}

/** Returns each SVG with a <style> holding the @font-face rules of the subset for all of them, placed after <title>/<desc>. */
export async function svgsMitSchrift(svgs: readonly string[]): Promise<string[]> {
  if (svgs.length === 0) return [];
  const zeichen = [...new Set(svgs.map(svgZeichen).join(''))].sort().join('');
  const regeln = await Promise.all(
    SCHNITTE.map(async ({ gewicht, name }) => {
      const ttf = await subsetFont(quelle(name), zeichen, { targetFormat: 'sfnt', noHinting: true, noLayoutClosure: true });
      return (
        `@font-face{font-family:'${SCHRIFTFAMILIE}';font-style:normal;font-weight:${gewicht};` +
        `src:url(data:font/ttf;base64,${ttf.toString('base64')}) format('truetype')}`
      );
    }),
  );
  const stil = `<defs><style>${regeln.join('')}</style></defs>`;
  return svgs.map((svg) => {
    const nachKopf = /^<svg\b[^>]*>(?:<title>[^<]*<\/title>)?(?:<desc>[^<]*<\/desc>)?/.exec(svg);
    if (!nachKopf) throw new Error('Unerwartete SVG-Ausgabe: kein <svg>-Element am Anfang');
    const stelle = nachKopf[0].length;
    return `${svg.slice(0, stelle)}${stil}${svg.slice(stelle)}`;
  });
}
