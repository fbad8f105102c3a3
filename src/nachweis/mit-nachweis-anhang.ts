import { ersetzeMarken } from './ersetze-marken.js';
import { NACHWEIS_CSS, nachweisAnhang } from './nachweis-anhang.js';
import type { Nachweis } from './typen.js';

/**
 * Turns the number marks of a report's HTML into links and adds the appendix with the linked keys'
 * definitions and records (styles before `</head>`, the appendix before `</body>`). Format-free.
 */
export function mitNachweisAnhang(html: string, nachweis: Nachweis, definition: (s: string) => string | undefined): string {
  const { html: verlinkt, schluessel } = ersetzeMarken(html, true);
  const anhang = nachweisAnhang(nachweis, schluessel, definition);
  const mitStil = verlinkt.replace('</head>', `<style>${NACHWEIS_CSS}</style>\n</head>`);
  const ende = mitStil.lastIndexOf('</body>');
  return ende === -1 ? `${mitStil}\n${anhang}` : `${mitStil.slice(0, ende)}${anhang}\n${mitStil.slice(ende)}`;
}
