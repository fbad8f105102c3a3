import { describe, expect, it } from 'vitest';
import { formatiereProblem, type Problem } from '../../src/fehler.js';
import { ersetzeKennzahlen } from '../../src/texte/ersetze-kennzahlen.js';
import { rendereMarkdown } from '../../src/texte/rendere-markdown.js';
import { setzeKennzahlen } from '../../src/texte/setze-kennzahlen.js';
import { textHelfer } from '../../src/texte/text-helfer.js';

const KENNZAHLEN = {
  'projekte.neu.2018': 5,
  'projekte.neu.2019': 15,
  'projekte.neu.2019.volumen': 69_240_000,
  'projekte.neu.2019.fueui': 4,
  'projekte.neu.2017': 0,
  'akteure.2019': 110,
};
const umgebung = { kennzahlen: KENNZAHLEN, helfer: textHelfer((k, w) => (k.endsWith('volumen') ? `${w} €` : String(w)), 'projekte.neu.2019') };

/** Renders a text as the loader does; returns the HTML and the problems as output lines. */
function rendere(markdown: string, ersteZeile = 1): { html: string; meldungen: string[] } {
  const probleme: Problem[] = [];
  const { markdown: md, werte } = ersetzeKennzahlen(markdown, 'texte/2019/ip/3-1-projekte.md', ersteZeile, umgebung, probleme);
  return { html: setzeKennzahlen(rendereMarkdown(md, 3), werte), meldungen: probleme.map(formatiereProblem) };
}

describe('{{kennzahl}} and the phrase helpers in analyst texts', () => {
  it('prints each helper as the report formats it, marked with its keys', () => {
    const { html, meldungen } = rendere(
      'Mit {{kennzahl "projekte.neu.2019"}} Projekten hat sich die Zahl {{veraenderung "projekte.neu.2018" "projekte.neu.2019"}} ' +
        '({{differenz "projekte.neu.2018" "projekte.neu.2019"}}); {{anteil "projekte.neu.2019.fueui" "projekte.neu.2019"}} sind FuEuI, ' +
        'also {{prozent "projekte.neu.2019.fueui" "projekte.neu.2019"}}, mit {{betrag "projekte.neu.2019.volumen"}}; {{anzahl "akteure.2019" "Akteur" "Akteure"}}.',
    );
    expect(meldungen).toEqual([]);
    const text = html.replace(/<span class="kennzahl" data-kennzahl="([^"]*)">([^<]*)<\/span>/g, '[$2|$1]').replace(/\u00a0/g, ' ');
    expect(text).toBe(
      '<p>Mit [15|projekte.neu.2019] Projekten hat sich die Zahl [verdreifacht|projekte.neu.2018 projekte.neu.2019] ' +
        '([+ 10|projekte.neu.2018 projekte.neu.2019]); [4 von 15|projekte.neu.2019.fueui projekte.neu.2019] sind FuEuI, ' +
        'also [27 Prozent|projekte.neu.2019.fueui projekte.neu.2019], mit [69,2 Millionen Euro|projekte.neu.2019.volumen]; [110 Akteure|akteure.2019].</p>\n',
    );
  });

  it('binds a number to the word after it with a no-break space; other values and punctuation keep theirs', () => {
    const { html } = rendere('Mit {{kennzahl "projekte.neu.2019"}} Projekten, {{anteil "projekte.neu.2019.fueui" "projekte.neu.2019"}} „neu“; {{kennzahl "projekte.neu.2019"}}. {{veraenderung "projekte.neu.2018" "projekte.neu.2019"}} seit');
    expect(html).toContain('>15</span>\u00a0Projekten, ');
    expect(html).toContain('>4\u00a0von\u00a015</span>\u00a0„neu“; ');
    expect(html).toContain('>15</span>. ');
    expect(html).toContain('>verdreifacht</span> seit');
  });

  it('uses the format\'s own way to write a bare Kennzahl', () => {
    expect(rendere('{{kennzahl "projekte.neu.2019.volumen"}}').html).toContain('>69240000 €</span>');
  });

  it.each([
    ['{{kennzahl "projekte.neu.2091"}}', 'texte/2019/ip/3-1-projekte.md:3: Unbekannte Kennzahl „projekte.neu.2091“. Ähnliche Kennzahlen: projekte.neu.2017, projekte.neu.2018, projekte.neu.2019 (alle Schlüssel stehen in kennzahlen.json)'],
    ['{{kennzahll "projekte.neu.2019"}}', 'texte/2019/ip/3-1-projekte.md:3: Unbekannter Helfer „kennzahll“. Meinten Sie „kennzahl“? Erlaubt: kennzahl, zahl, betrag, prozent, anteil, veraenderung, differenz, anzahl, z. B. {{kennzahl "projekte.neu.2019"}}'],
    ['{{}}', 'texte/2019/ip/3-1-projekte.md:3: Unbekannter Helfer (leer). Erlaubt: kennzahl, zahl, betrag, prozent, anteil, veraenderung, differenz, anzahl, z. B. {{kennzahl "projekte.neu.2019"}}'],
    ['{{kennzahl}}', 'texte/2019/ip/3-1-projekte.md:3: „kennzahl“ braucht 1 Argument, erhalten: 0. Aufruf: {{kennzahl "projekte.neu.2019"}}'],
    ['{{anteil "projekte.neu.2019"}}', 'texte/2019/ip/3-1-projekte.md:3: „anteil“ braucht 2 Argumente, erhalten: 1. Aufruf: {{anteil "teil" "ganzes"}}'],
    ['{{kennzahl projekte.neu.2019}}', 'texte/2019/ip/3-1-projekte.md:3: Argument 1 von „kennzahl“ muss in Anführungszeichen stehen: "projekte.neu.2019". Aufruf: {{kennzahl "projekte.neu.2019"}}'],
    ['{{prozent "projekte.neu.2019" "projekte.neu.2017"}}', 'texte/2019/ip/3-1-projekte.md:3: „prozent“ lässt sich mit diesen Werten nicht berechnen (15, 0): Prozentwert ohne positiven Nenner: 15/0'],
    ['Text {{kennzahl "projekte.neu.2019"', 'texte/2019/ip/3-1-projekte.md:3: „{{“ ohne schließendes „}}“ in derselben Zeile (für ein wörtliches „{{“ schreiben Sie „\\{{“)'],
    ['{{#each kennzahlen}}x{{/each}}', 'texte/2019/ip/3-1-projekte.md:3: Unbekannter Helfer „#each“. Meinten Sie „zahl“? Erlaubt: kennzahl, zahl, betrag, prozent, anteil, veraenderung, differenz, anzahl, z. B. {{kennzahl "projekte.neu.2019"}}'],
  ])('%s is an error naming file and line', (zeile, meldung) => {
    const { meldungen } = rendere(`# Titel\n\n${zeile}`);
    expect(meldungen[0]).toBe(meldung);
  });

  it('counts lines from the first line of the body (after the front matter)', () => {
    expect(rendere('x\n{{zahl "gibtsnicht"}}', 5).meldungen[0]).toMatch(/^texte\/2019\/ip\/3-1-projekte\.md:6: Unbekannte Kennzahl/);
  });

  it('keeps hostile content literal: no template, no markup, no stray placeholder', () => {
    const { html, meldungen } = rendere('\\{{{kennzahl "x"}}} <script>alert(1)</script> \ue0000\ue001 [Link]({{kennzahl "projekte.neu.2019"}}) [x](https://a.de/{{kennzahl "projekte.neu.2019"}})');
    expect(meldungen).toEqual([]);
    expect(html).toContain('{{{kennzahl &quot;x&quot;}}}');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('\ufffd0\ufffd');
    expect(html).toContain('<a href="https://a.de/15">x</a>');
    expect(html).not.toMatch(/<script|\ue000/);
  });
});
