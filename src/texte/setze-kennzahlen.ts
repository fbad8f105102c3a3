import { escapeHtml } from './escape-html.js';
import type { KennzahlWert } from './ersetze-kennzahlen.js';
import { kennzahlMarke } from './kennzahl-marke.js';

/**
 * Puts the computed values into rendered HTML in place of the placeholders of `ersetzeKennzahlen`:
 * in text as `marke(…)` (default: the marked span), inside a tag (a link target, a title) as escaped text.
 * A value ending in a digit is bound to the word after it with a no-break space.
 */
export function setzeKennzahlen(
  html: string,
  werte: readonly KennzahlWert[],
  marke: (schluessel: readonly string[], text: string) => string = kennzahlMarke,
): string {
  if (werte.length === 0) return html;
  return html
    .split(/(<(?:[^>"']|"[^"]*"|'[^']*')*>)/)
    .map((teil, i) =>
      teil.replace(/\ue000(\d+)\ue001( (?=[\p{L}„(%€]))?/gu, (_, n: string, leer: string | undefined) => {
        const wert = werte[Number(n)];
        if (wert === undefined) return leer ?? '';
        if (i % 2 === 1) return escapeHtml(wert.text) + (leer ?? '');
        // A number stays on the line of the word after it ("1.307 Teilnehmende"), as in the report's own sentences.
        return marke(wert.schluessel, wert.text) + (leer === undefined ? '' : /\d$/.test(wert.text) ? '\u00a0' : leer);
      }),
    )
    .join('');
}
