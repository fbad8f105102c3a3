/** Loads the analysts' chapter texts of one clusterbericht from `texte/<jahr>/<cluster>/<kapitel>.md`. */
import type { Problem } from '../../fehler.js';
import type { KennzahlUmgebung } from '../../texte/ersetze-kennzahlen.js';
import { ladeTextMitKennzahlen } from '../../texte/lade-text-mit-kennzahlen.js';
import { textHelfer } from '../../texte/text-helfer.js';
import { kennzahlText } from './kennzahl-text.js';

/** One text file per chapter or section, in report order; the heading level of a `#` inside it. */
export const TEXT_KAPITEL = {
  vorbemerkung: 3, rahmenbedingungen: 3, innovationsstrategie: 4, netzwerke: 4, forschung: 4, schutzrechte: 4, geschaeftsverkehr: 4,
  managementsysteme: 3, investitionen: 3, veranstaltungen: 3, gruendungen: 3, anerkennung: 3, portal: 3, ausblick: 3,
} as const;
export type TextKapitel = keyof typeof TEXT_KAPITEL;

/** Rendered (trusted) HTML per chapter text. */
export type ClusterberichtTexte = Record<TextKapitel, string>;

/**
 * Reads every chapter text through the generic loader: optional front matter (no keys are known: each one
 * is a warning), Markdown with the text helpers of src/texte (`{{kennzahl "…"}}`, `{{anteil "…" "…"}}`, …;
 * a faulty call is an error naming `datei:zeile`). A missing or empty file is a warning and becomes a
 * visible placeholder.
 */
export async function ladeClusterberichtTexte(
  datenVerzeichnis: string,
  jahr: number,
  cluster: string,
  kennzahlen: Readonly<Record<string, number>>,
): Promise<{ texte: ClusterberichtTexte; probleme: Problem[] }> {
  const probleme: Problem[] = [];
  const umgebung: KennzahlUmgebung = { kennzahlen, helfer: textHelfer(kennzahlText, 'veranstaltungen.teilnehmende') };
  const texte = {} as ClusterberichtTexte;
  for (const [kapitel, ebene] of Object.entries(TEXT_KAPITEL) as [TextKapitel, number][]) {
    const text = await ladeTextMitKennzahlen(datenVerzeichnis, `texte/${jahr}/${cluster}/${kapitel}.md`, ebene, umgebung, probleme);
    texte[kapitel] = text.html;
  }
  return { texte, probleme };
}
