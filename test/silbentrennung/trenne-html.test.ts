import { describe, expect, it } from 'vitest';
import { entferneTrennzeichen } from '../../src/silbentrennung/entferne-trennzeichen.js';
import { trenneHtml } from '../../src/silbentrennung/trenne-html.js';

/** Shows soft hyphens as "~" so expectations are readable. */
const sichtbar = (text: string): string => text.replace(/\u00ad/g, '~');

describe('trenneHtml', () => {
  it('hyphenates German words in running text', () => {
    expect(sichtbar(trenneHtml('<p>Das Teilthemenmanagement begleitet Fördervolumen.</p>'))).toBe(
      '<p>Das Teil~the~men~ma~nage~ment beglei~tet För~der~vo~lu~men.</p>',
    );
  });

  it('leaves at least three letters on each side of a break', () => {
    expect(sichtbar(trenneHtml('<p>Industrie dichte Aktivitäten</p>'))).toBe('<p>Indus~trie dichte Akti~vi~tä~ten</p>');
  });

  it('does not hyphenate captions and table headers', () => {
    const html = '<figure><figcaption>Abbildung Projektvolumen</figcaption></figure><table><caption>Tabelle Projektvolumen</caption><tr><th>Beschäftigten</th><td>Beschäftigten</td></tr></table>';
    expect(sichtbar(trenneHtml(html))).toBe(html.replace('<td>Beschäftigten', '<td>Beschäf~tig~ten'));
  });

  it('keeps numbers on the line of their words, in captions too, not in headings (bookmark text)', () => {
    const n = (t: string): string => t.replace(/\u00a0/g, '_');
    expect(n(entferneTrennzeichen(trenneHtml('<p>15 Projekte (4 von 5), (+ 14 Akteure), 69,2 Millionen Euro, siehe Abbildung 4 zu Industrie 4.0 im Jahr 2018</p>')))).toBe(
      '<p>15_Projekte (4_von_5), (+_14_Akteure), 69,2_Millionen Euro, siehe Abbildung_4_zu Industrie_4.0_im Jahr_2018</p>',
    );
    expect(n(entferneTrennzeichen(trenneHtml('<p>„Energieeffizienz“ −\u00a04, Netze + 3, endete im März 2020</p>')))).toBe(
      '<p>„Energieeffizienz“_−_4,_Netze_+_3,_endete im März_2020</p>',
    );
    expect(n(trenneHtml('<h2>Abbildung 4</h2><figcaption>Abbildung 7: Anzahl</figcaption><p title="4 von 5">&#39; von 5</p>'))).toBe(
      '<h2>Abbildung 4</h2><figcaption>Abbildung_7: Anzahl</figcaption><p title="4 von 5">&#39; von 5</p>',
    );
  });

  it('leaves words shorter than six letters, numbers and acronyms alone', () => {
    expect(trenneHtml('<p>Haus Wagen 1234567 2019er FUEUI-PROJEKT</p>')).toBe('<p>Haus Wagen 1234567 2019er FUEUI-PROJEKT</p>');
  });

  it('keeps entities whole and skips URLs, e-mail addresses and file paths', () => {
    const html = '<p>&hellip;Straßenverkehr https://www.beispielseite.de/projektuebersicht info@clustermanagement.de texte/fazit.md</p>';
    expect(sichtbar(trenneHtml(html))).toBe(
      '<p>&hellip;Stra~ßen~ver~kehr https://www.beispielseite.de/projektuebersicht info@clustermanagement.de texte/fazit.md</p>',
    );
  });

  it('hyphenates the parts of slash and hyphen compounds', () => {
    expect(sichtbar(trenneHtml('<td>Hochschule/Forschungsinstitut Cluster-Projekte</td>'))).toBe(
      '<td>Hoch~schule/For~schungs~in~sti~tut Clus~ter-Pro~jekte</td>',
    );
  });

  it('never touches tags, attributes or comments', () => {
    const html = '<a href="https://beispielseite.de/verzeichnis" title="Verzeichnisübersicht > Projekte">x</a><!-- Kommentarabschnitt -->';
    expect(trenneHtml(html)).toBe(html);
  });

  it('ends a tag at the first > outside quotes of either kind, and raw text at its closing tag in any case', () => {
    const html = `<p data-x='a>"b' title="c>'d">Verzeichnis</p><STYLE>.a{content:"</p>Verzeichnis"}</Style ><p>Begleitung</p>`;
    expect(sichtbar(trenneHtml(html))).toBe(
      `<p data-x='a>"b' title="c>'d">Ver~zeich~nis</p><STYLE>.a{content:"</p>Verzeichnis"}</Style ><p>Beglei~tung</p>`,
    );
  });

  it('skips style, script, svg, headings, nav and the table of contents', () => {
    const html =
      '<head><title>Jahresbericht</title><style>.Verzeichnis{}</style></head>' +
      '<script>const Begleitung = "<p>Begleitung</p>";</script>' +
      '<svg><text>Fördervolumen</text><g><text>Projektvolumen</text></g></svg>' +
      '<h1>Entwicklungen im Überblick</h1><h3><em>Sonstige</em> Aktivitäten</h3>' +
      '<nav><ol><li>Methodische Hinweise</li></ol></nav>' +
      '<div class="seite inhaltsverzeichnis"><div>Erfolgsbeispiele</div></div>' +
      '<p data-keine-trennung>Konsortialstruktur</p>';
    expect(trenneHtml(html)).toBe(html);
  });

  it('resumes hyphenation after a skipped element with nested elements of the same name', () => {
    const html = '<div class="inhaltsverzeichnis"><div>Erfolgsbeispiele</div></div><div>Erfolgsbeispiele</div>';
    expect(sichtbar(trenneHtml(html))).toBe('<div class="inhaltsverzeichnis"><div>Erfolgsbeispiele</div></div><div>Erfolgs~bei~spiele</div>');
  });

  it('is idempotent and reversible with entferneTrennzeichen', () => {
    const html = '<p>Aktivitäten zur Initiierung und Begleitung von Projekten</p>';
    const einmal = trenneHtml(html);
    expect(einmal).not.toBe(html);
    expect(trenneHtml(einmal)).toBe(einmal);
    expect(entferneTrennzeichen(einmal)).toBe(html);
  });
});

describe('entferneTrennzeichen', () => {
  it('removes soft hyphens and joins words pdftotext split with U+2010 at a line end', () => {
    expect(entferneTrennzeichen('Teil\u00adthemen\u00admanage\u2010\nment und Förder\u2010volumen')).toBe('Teilthemenmanagement und Fördervolumen');
  });
});
