/**
 * @font-face rules for Source Sans 3, so printing never depends on the machine's fonts: `schriftCss` embeds the
 * files as base64 data: URLs (bericht.html is one self-contained file), `schriftDruck` refers to them by URLs
 * that the print page's sandbox answers from memory (Chromium then decodes each face once per page instead of
 * parsing 0.55 MB of base64 with every report). The files are Adobe's static instances (npm package
 * `source-sans`), whose name tables carry the real face names: `pdffonts` shows SourceSans3-Regular,
 * -Semibold, -Bold and -It.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sha256 } from '../manifest/sha256.js';

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

/** Where the print page finds the faces: a name no network resolves (`.invalid`), answered by the sandbox. */
const DRUCK_URL = 'https://ewm-report.invalid/schrift/';

/** The four faces' WOFF2 files, read once. */
let dateien: { schnitt: (typeof SCHNITTE)[number]; daten: Buffer }[] | undefined;
function schriftDateien(): NonNullable<typeof dateien> {
  dateien ??= SCHNITTE.map((schnitt) => ({ schnitt, daten: readFileSync(schriftDatei(schnitt.name, 'woff2')) }));
  return dateien;
}

/** The @font-face rules with each face's `src` URL. */
function fontFaces(url: (daten: Buffer, name: string) => string): string {
  return schriftDateien()
    .map(
      ({ schnitt: { gewicht, stil, name }, daten }) =>
        `@font-face{font-family:'${SCHRIFTFAMILIE}';font-style:${stil};font-weight:${gewicht};font-display:block;` +
        `src:url(${url(daten, name)}) format('woff2')}`,
    )
    .join('\n');
}

let zwischenspeicher: string | undefined;

/** Returns the @font-face rules for Source Sans 3 (400, 600, 700, italic 400) as data: URLs, built once and cached. */
export function schriftCss(): string {
  zwischenspeicher ??= fontFaces((daten) => `data:font/woff2;base64,${daten.toString('base64')}`);
  return zwischenspeicher;
}

/** The print's font: the same rules with URLs, and the files behind them (URL → WOFF2). */
export interface SchriftDruck {
  css: string;
  ressourcen: ReadonlyMap<string, { typ: string; daten: Uint8Array }>;
}

let druck: SchriftDruck | undefined;

/**
 * The @font-face rules of `schriftCss` with each face at a URL that names its content (the file's sha256), and
 * the files for the page to be given: the printed PDF is the same as with the data: URLs.
 */
export function schriftDruck(): SchriftDruck {
  if (druck !== undefined) return druck;
  const ressourcen = new Map<string, { typ: string; daten: Uint8Array }>();
  const css = fontFaces((daten, name) => {
    const url = `${DRUCK_URL}${name}-${sha256(daten).slice(0, 16)}.woff2`;
    ressourcen.set(url, { typ: 'font/woff2', daten });
    return url;
  });
  druck = { css, ressourcen };
  return druck;
}
