import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gemeinsamOrdner } from './gemeinsam-ordner.js';

/** A line that takes in a shared stylesheet: `@import "../gemeinsam/NAME.css";` (nothing else on the line). */
const EINBINDEN = /^@import\s+"\.\.\/gemeinsam\/([a-z0-9-]+\.css)";[ \t]*$/gm;

/**
 * Replaces each `@import "../gemeinsam/NAME.css";` line of a pack's stylesheet by the text of
 * `templates/gemeinsam/NAME.css` (without its final line break), so the result reads as if the rules stood
 * there. Any other `@import` is refused: the report loads no files.
 */
export function fuegeGemeinsamesCssEin(css: string, paketOrdner: string): string {
  const ergebnis = css.replace(EINBINDEN, (_zeile, name: string) => {
    const datei = path.join(gemeinsamOrdner(paketOrdner), name);
    if (!existsSync(datei)) throw new Error(`Gemeinsame Vorlage ${datei} nicht gefunden (Installation unvollständig?).`);
    return readFileSync(datei, 'utf8').replace(/\r?\n$/, '');
  });
  const rest = /^\s*@import\b.*$/m.exec(ergebnis);
  if (rest !== null) {
    throw new Error(`${path.join(paketOrdner, 'bericht.css')}: "${rest[0].trim()}" wird nicht unterstützt; erlaubt ist nur @import "../gemeinsam/NAME.css"; auf einer eigenen Zeile.`);
  }
  return ergebnis;
}
