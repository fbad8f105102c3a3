/** The named entities our HTML and SVG writers use (handlebars, vega, escapeHtml). */
const BENANNT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with its HTML/XML character references resolved (`&amp;`, `&#39;`, `&#x3D;`); unknown names stay as written. */
export function entschluesseleHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (ganz, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return BENANNT[e] ?? ganz;
  });
}
