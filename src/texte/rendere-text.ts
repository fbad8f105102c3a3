import type { Problem } from '../fehler.js';
import { ersetzeKennzahlen, type KennzahlUmgebung } from './ersetze-kennzahlen.js';
import { rendereMarkdown } from './rendere-markdown.js';
import { setzeKennzahlen } from './setze-kennzahlen.js';

/** An analyst's Markdown (line `ersteZeile` of `datei` onwards) with its `{{…}}` calls computed, as safe HTML. */
export function rendereText(markdown: string, ersteZeile: number, datei: string, ebene: number, umgebung: KennzahlUmgebung, probleme: Problem[]): string {
  const { markdown: md, werte } = ersetzeKennzahlen(markdown, datei, ersteZeile, umgebung, probleme);
  return setzeKennzahlen(rendereMarkdown(md, ebene), werte);
}

/** The line of `inhalt` on which `koerper` (its tail after the front matter) starts. */
export function ersteZeileVon(inhalt: string, koerper: string): number {
  return inhalt.replace(/^\uFEFF/, '').split('\n').length - koerper.split('\n').length + 1;
}
