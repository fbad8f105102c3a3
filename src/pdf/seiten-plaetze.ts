/**
 * The page-number slots of a report's table of contents: `<span data-seite-von="3.1 Aktivitäten …">7</span>`.
 * The print step writes predicted numbers into the slots in the browser; `fuelleSeitenPlaetze` does the same
 * to the HTML text, so that the text stays a mirror of the printed page and the pipeline can tell whether
 * a further pass would print anything else.
 */
import { entschluesseleHtml } from '../texte/entschluessele-html.js';
import type { SeitenZuordnung } from './seiten-zuordnung.js';

/** A slot: its opening tag (with the heading text in `data-seite-von`), its text, and the `<` after it. */
const PLATZ = /(<[a-z][a-z0-9]*\s[^>]*\bdata-seite-von="([^"]*)"[^>]*>)([^<]*)(?=<)/g;

/** `html` with every slot whose heading `seiten` knows showing that page; other slots stay as they are. */
export function fuelleSeitenPlaetze(html: string, seiten: SeitenZuordnung): string {
  return html.replace(PLATZ, (ganz: string, tag: string, von: string) => {
    const seite = seiten.get(entschluesseleHtml(von));
    return seite === undefined ? ganz : `${tag}${seite}`;
  });
}
