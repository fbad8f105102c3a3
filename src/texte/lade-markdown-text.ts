/**
 * Loads one analyst's Markdown text of a report, for any format: a missing or empty file is a warning and
 * becomes a visible placeholder, bad YAML front matter an error naming its line, unknown front matter keys
 * warnings. Formats decide which files and slots a report has (EWM: `src/ewm/texte/lade-texte.ts`).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../fehler.js';
import { escapeHtml } from './escape-html.js';
import { rendereMarkdown } from './rendere-markdown.js';
import { trenneFrontMatter } from './trenne-front-matter.js';

/** One Markdown text (e.g. Überblick, Fazit). */
export interface AnalystText {
  /** Path relative to the data directory, e.g. `texte/2019/industrielle-produktion/fazit.md`. */
  datei: string;
  /** Rendered HTML (raw HTML of the source escaped); a visible placeholder when the text is missing. */
  html: string;
  fehlt: boolean;
}

/** The visible placeholder for a missing text. */
export function platzhalter(datei: string): string {
  return `<p class="platzhalter">${escapeHtml(`[Text fehlt: ${datei}]`)}</p>\n`;
}

/**
 * Reads `datei` (relative to `verzeichnis`) and renders it with its shallowest heading at `ebene`.
 * `vorbereite` may rewrite the Markdown body before rendering (e.g. `{{kennzahl "…"}}`); `zeilenVersatz`
 * is the number of front matter lines above the body, for problems that name a line.
 */
export async function ladeMarkdownText(
  verzeichnis: string,
  datei: string,
  ebene: number,
  probleme: Problem[],
  vorbereite: (koerper: string, zeilenVersatz: number) => string = (k) => k,
): Promise<AnalystText> {
  const inhalt = await liesOptional(path.join(verzeichnis, datei));
  if (inhalt === undefined || inhalt.trim() === '') {
    const grund = inhalt === undefined ? 'Datei nicht gefunden' : 'Datei ist leer';
    probleme.push({ schwere: 'warnung', datei, meldung: `Text fehlt (${grund}); der Bericht zeigt einen Platzhalter.` });
    return { datei, html: platzhalter(datei), fehlt: true };
  }
  const fm = trenneFrontMatter(inhalt);
  if (!fm.ok) {
    probleme.push({ schwere: 'fehler', datei, zeile: fm.zeile, meldung: fm.meldung });
    return { datei, html: platzhalter(datei), fehlt: true };
  }
  for (const schluessel of Object.keys(fm.daten)) {
    probleme.push({ schwere: 'warnung', datei, zeile: zeileVon(inhalt, schluessel), meldung: `Unbekannter Front-Matter-Schlüssel "${schluessel}" wird ignoriert.` });
  }
  const versatz = inhalt.slice(0, inhalt.length - fm.koerper.length).split('\n').length - 1;
  return { datei, html: rendereMarkdown(vorbereite(fm.koerper, versatz), ebene), fehlt: false };
}

/** Reads a file; undefined when it does not exist. */
async function liesOptional(datei: string): Promise<string | undefined> {
  try {
    return await readFile(datei, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** The line of `schluessel:` in the file (front matter starts at line 1), or 1 when not found. */
export function zeileVon(inhalt: string, schluessel: string): number {
  const zeilen = inhalt.replace(/^\uFEFF/, '').split(/\r?\n/);
  const i = zeilen.findIndex((z, n) => n > 0 && z.startsWith(`${schluessel}:`));
  return i < 0 ? 1 : i + 1;
}
