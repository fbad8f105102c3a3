/**
 * Which characters of a text the embedded font does not cover. Chromium would draw those with a
 * system font (DejaVu here), breaking "embedded fonts only"; callers can warn.
 */
import { readFileSync } from 'node:fs';
import { leseSchriftMetrik } from '../diagramme/textbreite.js';
import { schriftDatei, SCHNITTE } from './schrift-css.js';

let abgedeckt: Set<number> | undefined;

/** Returns the distinct characters of `text` missing from any embedded face (whitespace and controls ignored), in order of appearance. */
export function nichtAbgedeckteZeichen(text: string): string[] {
  if (!abgedeckt) {
    const tabellen = SCHNITTE.map(({ name }) => leseSchriftMetrik(readFileSync(schriftDatei(name, 'woff'))).breiten);
    const erste = tabellen[0] ?? new Map<number, number>();
    abgedeckt = new Set([...erste.keys()].filter((code) => tabellen.every((t) => t.has(code))));
  }
  const fehlend = new Set<string>();
  for (const zeichen of text) {
    const code = zeichen.codePointAt(0) ?? 0;
    if (code < 0x20 || /\s/.test(zeichen)) continue;
    if (!abgedeckt.has(code)) fehlend.add(zeichen);
  }
  return [...fehlend];
}
