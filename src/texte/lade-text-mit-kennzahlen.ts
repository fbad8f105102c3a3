import type { Problem } from '../fehler.js';
import { ersetzeKennzahlen, type KennzahlUmgebung, type KennzahlWert } from './ersetze-kennzahlen.js';
import { ladeMarkdownText, type AnalystText } from './lade-markdown-text.js';
import { setzeKennzahlen } from './setze-kennzahlen.js';

/**
 * One analyst text through the generic loader (`ladeMarkdownText`) with its `{{…}}` calls checked and computed
 * against `umgebung`; a faulty call is an error naming `datei:zeile` (line of the file, front matter counted).
 */
export async function ladeTextMitKennzahlen(
  verzeichnis: string,
  datei: string,
  ebene: number,
  umgebung: KennzahlUmgebung,
  probleme: Problem[],
): Promise<AnalystText> {
  let werte: KennzahlWert[] = [];
  const text = await ladeMarkdownText(verzeichnis, datei, ebene, probleme, (koerper, versatz) => {
    const ersetzt = ersetzeKennzahlen(koerper, datei, versatz + 1, umgebung, probleme);
    werte = ersetzt.werte;
    return ersetzt.markdown;
  });
  return { ...text, html: setzeKennzahlen(text.html, werte) };
}
