/**
 * Which characters of a text the embedded font subsets do not cover. Chromium would draw
 * those with a system font (DejaVu here), breaking "embedded fonts only"; callers can warn.
 */
import { UNTERMENGEN } from './schrift-css.js';

let bereiche: [number, number][] | undefined;

/** Returns the distinct characters of `text` outside the embedded unicode ranges (whitespace and controls ignored), in order of appearance. */
export function nichtAbgedeckteZeichen(text: string): string[] {
  bereiche ??= UNTERMENGEN.flatMap(({ bereich }) =>
    bereich.split(',').map((teil): [number, number] => {
      const [von, bis] = teil.replace('U+', '').split('-');
      return [parseInt(von ?? '', 16), parseInt(bis ?? von ?? '', 16)];
    }),
  );
  const fehlend = new Set<string>();
  for (const zeichen of text) {
    const code = zeichen.codePointAt(0) ?? 0;
    if (code < 0x20 || /\s/.test(zeichen)) continue;
    if (!bereiche.some(([von, bis]) => code >= von && code <= bis)) fehlend.add(zeichen);
  }
  return [...fehlend];
}
