/**
 * `{{kennzahl "schluessel"}}` in an analyst's Markdown → the Kennzahl in German notation ("1.307", "2,25").
 * Generic (any flat Kennzahlen); to be replaced by the shared helper of src/texte once that exists.
 */
import type { Problem } from '../../fehler.js';
import { dezimal } from '../../format/dezimal.js';
import { zahl } from '../../format/zahl.js';

const VERWEIS = /\{\{\s*kennzahl\s+"([^"]*)"\s*\}\}/g;

/** A Kennzahl as written in running text: integers grouped, other values with two decimals. */
export function kennzahlText(wert: number): string {
  return Number.isInteger(wert) ? zahl(wert) : dezimal(wert, 2);
}

/** Replaces every reference; an unknown key is an error naming file and line and stays visible as `[Kennzahl fehlt: …]`. */
export function ersetzeKennzahlen(markdown: string, kennzahlen: Readonly<Record<string, number>>, datei: string, probleme: Problem[]): string {
  return markdown.replace(VERWEIS, (_treffer, schluessel: string, versatz: number) => {
    const wert = kennzahlen[schluessel];
    if (wert !== undefined) return kennzahlText(wert);
    const zeile = markdown.slice(0, versatz).split('\n').length;
    probleme.push({ schwere: 'fehler', datei, zeile, meldung: `Die Kennzahl "${schluessel}" gibt es nicht (Schreibweise wie in kennzahlen.json, z. B. "veranstaltungen.teilnehmende")` });
    return `[Kennzahl fehlt: ${schluessel}]`;
  });
}
