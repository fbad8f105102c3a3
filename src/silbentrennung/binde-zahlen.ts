/**
 * Keeps numbers on the line of the words they belong to by replacing the space with a no-break
 * space (U+00A0): a number and the word it counts ("15 Projekte", "69,2 Millionen Euro", "(+ 14 Akteure)"),
 * "4 von 5", a number after its label ("Abbildung 4", "Tabelle 2", "Industrie 4.0", "Jahr 2018", "März 2020"),
 * and a signed change after the name it belongs to ("„Kreislaufwirtschaft“ + 3").
 * Works on the text of an HTML text node (entities such as `&#39;` are left alone).
 */
const NBSP = '\u00a0';
const ZAHL = String.raw`(?<![&#\w])[+–−-]?\d[\d.,]*`;
const VOR_ZAHL = /(?<![\p{L}])(Abbildung|Abb\.|Tabelle|Tab\.|Industrie|Kapitel|Seite|S\.|Nr\.|Jahr|Jahres|Jahre|Jahren|je|rund|über|unter|insgesamt|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) (?=[+–−]?\d)/gu;

const ZAHL_VON = new RegExp(`(${ZAHL}) von (?=\\d)`, 'g');
const ZAHL_VOR_WORT = new RegExp(`(${ZAHL}) (?=[\\p{L}(„%€])`, 'gu');

export function bindeZahlen(text: string): string {
  if (!/\d/.test(text)) return text;
  return text
    .replace(ZAHL_VON, `$1${NBSP}von${NBSP}`)
    .replace(/(^|[\s(])([+–−±]) (?=\d)/g, `$1$2${NBSP}`)
    .replace(/([\p{L}“”"»)]) (?=[+–−±]\u00a0\d)/gu, `$1${NBSP}`)
    .replace(VOR_ZAHL, `$1${NBSP}`)
    .replace(ZAHL_VOR_WORT, `$1${NBSP}`);
}
