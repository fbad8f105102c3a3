import { escapeHtml } from './escape-html.js';
import type { KennzahlWert } from './ersetze-kennzahlen.js';
import { kennzahlMarke } from './kennzahl-marke.js';

/**
 * Puts the computed values into rendered HTML in place of the placeholders of `ersetzeKennzahlen`:
 * in text as `marke(…)` (default: the marked span), inside a tag (a link target, a title) as escaped text.
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
      teil.replace(/\ue000(\d+)\ue001/g, (_, n: string) => {
        const wert = werte[Number(n)];
        if (wert === undefined) return '';
        return i % 2 === 1 ? escapeHtml(wert.text) : marke(wert.schluessel, wert.text);
      }),
    )
    .join('');
}
