/**
 * @font-face rules that embed Source Sans 3 as base64 data: URLs, so printing never depends on the machine's
 * fonts and never loads a file. The files are Adobe's static instances (npm package `source-sans`), whose
 * name tables carry the real face names: `pdffonts` shows SourceSans3-Regular, -Semibold, -Bold and -It.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The family name the report's CSS uses; every font-family stack should be exactly this. */
export const SCHRIFTFAMILIE = 'Source Sans 3';

/** Weights and styles the report uses, with the face name of Adobe's static instance. */
export const SCHNITTE = [
  { gewicht: 400, stil: 'normal', name: 'SourceSans3-Regular' },
  { gewicht: 600, stil: 'normal', name: 'SourceSans3-Semibold' },
  { gewicht: 700, stil: 'normal', name: 'SourceSans3-Bold' },
  { gewicht: 400, stil: 'italic', name: 'SourceSans3-It' },
] as const;

/** The path of a face's file in the `source-sans` package: `woff2` to embed, `woff` (WOFF 1.0) to read metrics. */
export function schriftDatei(name: string, art: 'woff' | 'woff2'): string {
  const ordner = art === 'woff2' ? 'WOFF2' : 'WOFF';
  return createRequire(import.meta.url).resolve(`source-sans/${ordner}/TTF/${name}.ttf.${art}`);
}

let zwischenspeicher: string | undefined;

/** Returns the @font-face rules for Source Sans 3 (400, 600, 700, italic 400), read once and cached. */
export function schriftCss(): string {
  if (zwischenspeicher !== undefined) return zwischenspeicher;
  zwischenspeicher = SCHNITTE.map(({ gewicht, stil, name }) => {
    const base64 = readFileSync(schriftDatei(name, 'woff2')).toString('base64');
    return (
      `@font-face{font-family:'${SCHRIFTFAMILIE}';font-style:${stil};font-weight:${gewicht};font-display:block;` +
      `src:url(data:font/woff2;base64,${base64}) format('woff2')}`
    );
  }).join('\n');
  return zwischenspeicher;
}
