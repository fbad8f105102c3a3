import { Marked, type Tokens } from 'marked';
import { escapeHtml } from './escape-html.js';

/** Link targets an analyst text may use; anything else (javascript:, data:, relative files) stays plain text. */
const ERLAUBTE_LINKS = /^(https?:\/\/|mailto:)/i;

/** HTML level of the text's shallowest heading, set for the duration of one synchronous render. */
let verschiebung = 0;

const marked = new Marked({ gfm: true, breaks: false, async: false });
marked.use({
  renderer: {
    // Raw HTML in an analyst text is shown as literal text, never as markup.
    html({ text }: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(text);
    },
    heading({ tokens, depth }: Tokens.Heading): string {
      const ebene = Math.min(6, depth + verschiebung);
      return `<h${ebene}>${this.parser.parseInline(tokens)}</h${ebene}>\n`;
    },
    // Images would load from outside the self-contained report: show their alt text instead.
    image({ text }: Tokens.Image): string {
      return `[Bild: ${escapeHtml(text)}]`;
    },
    link({ href, title, tokens }: Tokens.Link): string {
      const inhalt = this.parser.parseInline(tokens);
      if (!ERLAUBTE_LINKS.test(href)) return inhalt;
      const titelAttr = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(href)}"${titelAttr}>${inhalt}</a>`;
    },
  },
});

/**
 * Renders an analyst's Markdown to HTML that is safe to insert unescaped: raw HTML becomes
 * literal text, images become "[Bild: …]", only http(s) and mailto links survive.
 * The text's shallowest heading (`#` or `##` alike) becomes `<h{ueberschriftAb}>`, deeper ones follow (capped at h6),
 * so an analyst's headings always sit below the report chapter that holds the text.
 */
export function rendereMarkdown(markdown: string, ueberschriftAb: number): string {
  const tokens = marked.lexer(markdown);
  let flachste = 7;
  marked.walkTokens(tokens, (t) => {
    if (t.type === 'heading') flachste = Math.min(flachste, (t as Tokens.Heading).depth);
  });
  verschiebung = flachste === 7 ? 0 : ueberschriftAb - flachste;
  return marked.parser(tokens);
}
