/** Loads the analysts' chapter texts of one clusterbericht from `texte/<jahr>/<cluster>/<kapitel>.md`. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../fehler.js';
import { platzhalter } from '../../texte/lade-markdown-text.js';
import { rendereMarkdown } from '../../texte/rendere-markdown.js';
import { trenneFrontMatter } from '../../texte/trenne-front-matter.js';
import { ersetzeKennzahlen } from './ersetze-kennzahlen.js';

/** One text file per chapter or section, in report order; the heading level of a `#` inside it. */
export const TEXT_KAPITEL = {
  vorbemerkung: 3, rahmenbedingungen: 3, innovationsstrategie: 4, netzwerke: 4, forschung: 4, schutzrechte: 4, geschaeftsverkehr: 4,
  managementsysteme: 3, investitionen: 3, veranstaltungen: 3, gruendungen: 3, anerkennung: 3, portal: 3, ausblick: 3,
} as const;
export type TextKapitel = keyof typeof TEXT_KAPITEL;

/** Rendered (trusted) HTML per chapter text. */
export type ClusterberichtTexte = Record<TextKapitel, string>;

/**
 * Reads every chapter text: optional front matter (no keys are known: each one is a warning), Markdown with
 * `{{kennzahl "…"}}`. A missing or empty file is a warning and becomes a visible placeholder.
 */
export async function ladeClusterberichtTexte(
  datenVerzeichnis: string,
  jahr: number,
  cluster: string,
  kennzahlen: Readonly<Record<string, number>>,
): Promise<{ texte: ClusterberichtTexte; probleme: Problem[] }> {
  const probleme: Problem[] = [];
  const texte = {} as ClusterberichtTexte;
  for (const [kapitel, ebene] of Object.entries(TEXT_KAPITEL) as [TextKapitel, number][]) {
    const datei = `texte/${jahr}/${cluster}/${kapitel}.md`;
    let inhalt: string | undefined;
    try {
      inhalt = await readFile(path.join(datenVerzeichnis, datei), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (inhalt === undefined || inhalt.trim() === '') {
      probleme.push({ schwere: 'warnung', datei, meldung: `Text fehlt (${inhalt === undefined ? 'Datei nicht gefunden' : 'Datei ist leer'}); der Bericht zeigt einen Platzhalter.` });
      texte[kapitel] = platzhalter(datei);
      continue;
    }
    const fm = trenneFrontMatter(inhalt);
    if (!fm.ok) {
      probleme.push({ schwere: 'fehler', datei, zeile: fm.zeile, meldung: fm.meldung });
      texte[kapitel] = platzhalter(datei);
      continue;
    }
    for (const schluessel of Object.keys(fm.daten)) {
      probleme.push({ schwere: 'warnung', datei, meldung: `Unbekannter Front-Matter-Schlüssel "${schluessel}" wird ignoriert.` });
    }
    const versatz = inhalt.slice(0, inhalt.length - fm.koerper.length).split('\n').length - 1;
    const zeilenProbleme: Problem[] = [];
    const markdown = ersetzeKennzahlen(fm.koerper, kennzahlen, datei, zeilenProbleme);
    probleme.push(...zeilenProbleme.map((p) => ({ ...p, zeile: (p.zeile ?? 1) + versatz })));
    texte[kapitel] = rendereMarkdown(markdown, ebene);
  }
  return { texte, probleme };
}
