/**
 * @font-face rules that embed Source Sans 3 (from @fontsource/source-sans-3) as base64
 * data: URLs, so printing never depends on the machine's fonts and never loads a file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The family name the report's CSS uses; every font-family stack should be exactly this. */
export const SCHRIFTFAMILIE = 'Source Sans 3';

/** Subsets embedded and the characters each covers (from the package's unicode.json). */
export const UNTERMENGEN = [
  // latin already covers ä ö ü ß (U+00xx), „ “ – … soft hyphen U+2010 (U+2000–206F) and € (U+20AC).
  { name: 'latin', bereich: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' },
  { name: 'latin-ext', bereich: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF' },
] as const;

/** Weights and styles the report uses. */
const SCHNITTE = [
  { gewicht: 400, stil: 'normal' },
  { gewicht: 600, stil: 'normal' },
  { gewicht: 700, stil: 'normal' },
  { gewicht: 400, stil: 'italic' },
] as const;

let zwischenspeicher: string | undefined;

/** Returns the @font-face rules for Source Sans 3 (400, 600, 700, italic 400; latin + latin-ext), read once and cached. */
export function schriftCss(): string {
  if (zwischenspeicher !== undefined) return zwischenspeicher;
  const require = createRequire(import.meta.url);
  const regeln: string[] = [];
  for (const { gewicht, stil } of SCHNITTE) {
    for (const { name, bereich } of UNTERMENGEN) {
      const datei = require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${name}-${gewicht}-${stil}.woff2`);
      const base64 = readFileSync(datei).toString('base64');
      regeln.push(
        `@font-face{font-family:'${SCHRIFTFAMILIE}';font-style:${stil};font-weight:${gewicht};font-display:block;` +
          `src:url(data:font/woff2;base64,${base64}) format('woff2');unicode-range:${bereich}}`,
      );
    }
  }
  zwischenspeicher = regeln.join('\n');
  return zwischenspeicher;
}
