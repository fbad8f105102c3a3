import { escapeHtml } from './escape-html.js';

/**
 * The one place that writes a computed number into report HTML: the text, escaped, in a span that
 * names the Kennzahlen it comes from (`data-kennzahl="projekte.neu.2018 projekte.neu.2019"`), so a
 * reader's tool or a later appendix can trace every number. Any format may use it.
 */
export function kennzahlMarke(schluessel: readonly string[], text: string): string {
  return `<span class="kennzahl" data-kennzahl="${escapeHtml(schluessel.join(' '))}">${escapeHtml(text)}</span>`;
}
