/**
 * The phrase helpers an analyst may call in a text: `{{kennzahl "projekte.neu.2019"}}`,
 * `{{betrag "projekte.neu.2019.volumen"}}`, `{{veraenderung "projekte.neu.2018" "projekte.neu.2019"}}` …
 * Arguments are Kennzahl keys (their values are passed) or plain words. Every helper returns plain
 * text, formatted exactly as the report's own sentences format it. Format-independent: a report
 * format passes how a bare Kennzahl is written (`formatiere`) and one of its keys for the examples in messages.
 */
import { anzahl, differenz } from '../format/anzahl.js';
import { betragText } from '../format/betrag-text.js';
import { prozentAus, prozentText } from '../format/prozent.js';
import { veraenderung } from '../format/veraenderung.js';
import { zahl } from '../format/zahl.js';

/** One argument: a Kennzahl key (its value is passed) or a word (passed as written). */
export type ArgumentArt = 'schluessel' | 'wort';

/** A helper an analyst text may call. */
export interface TextHelfer {
  name: string;
  argumente: readonly ArgumentArt[];
  /** How to call it, for error messages: `{{anteil "teil" "ganzes"}}`. */
  aufruf: string;
  /** What it prints, for docs and messages: `4 von 5`. */
  beispiel: string;
  /** `werte` in argument order (numbers for keys, words as written); `schluessel` the keys used. */
  rechne(werte: readonly (number | string)[], schluessel: readonly string[]): string;
}

const n = (w: number | string | undefined): number => (typeof w === 'number' ? w : Number.NaN);
const t = (w: number | string | undefined): string => String(w ?? '');

/** The helpers; `kennzahl` writes a bare Kennzahl as the report format does; `beispiel` is a key of the format (`{{kennzahl "beispiel"}}` in messages). */
export function textHelfer(formatiere: (schluessel: string, wert: number) => string, beispiel: string): TextHelfer[] {
  const helfer: TextHelfer[] = [
    { name: 'kennzahl', argumente: ['schluessel'], aufruf: `{{kennzahl "${beispiel}"}}`, beispiel: '15', rechne: ([a], [k]) => formatiere(t(k), n(a)) },
    { name: 'zahl', argumente: ['schluessel'], aufruf: '{{zahl "schluessel"}}', beispiel: '1.234', rechne: ([a]) => zahl(n(a)) },
    { name: 'betrag', argumente: ['schluessel'], aufruf: '{{betrag "schluessel"}}', beispiel: '69,2 Millionen Euro', rechne: ([a]) => betragText(n(a)) },
    { name: 'prozent', argumente: ['schluessel', 'schluessel'], aufruf: '{{prozent "teil" "ganzes"}}', beispiel: '60 Prozent', rechne: ([a, b]) => prozentText(prozentAus(n(a), n(b))) },
    { name: 'anteil', argumente: ['schluessel', 'schluessel'], aufruf: '{{anteil "teil" "ganzes"}}', beispiel: '4 von 5', rechne: ([a, b]) => `${zahl(n(a))}\u00a0von\u00a0${zahl(n(b))}` },
    { name: 'veraenderung', argumente: ['schluessel', 'schluessel'], aufruf: '{{veraenderung "alt" "neu"}}', beispiel: 'verdreifacht', rechne: ([a, b]) => veraenderung(n(a), n(b)) },
    { name: 'differenz', argumente: ['schluessel', 'schluessel'], aufruf: '{{differenz "alt" "neu"}}', beispiel: '+ 14', rechne: ([a, b]) => differenz(n(b) - n(a)) },
    { name: 'anzahl', argumente: ['schluessel', 'wort', 'wort'], aufruf: '{{anzahl "schluessel" "Projekt" "Projekte"}}', beispiel: '15 Projekte', rechne: ([a, s, p]) => anzahl(n(a), t(s), t(p)) },
  ];
  return helfer;
}
