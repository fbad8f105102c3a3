/** A small multi-page report as the template helper would build it: cover, TOC with page numbers, chapters. */
import { seitenCss } from '../../src/pdf/seiten-css.js';
import { schriftCss, SCHRIFTFAMILIE } from '../../src/schrift/schrift-css.js';
import { trenneHtml } from '../../src/silbentrennung/trenne-html.js';

/** Chapter headings in document order and how many paragraphs each gets (so some span pages). */
export const KAPITEL: readonly { titel: string; absaetze: number }[] = [
  { titel: '1 Das Teilthema Industrielle Produktion im Überblick', absaetze: 3 },
  { titel: '2 Methodische Hinweise', absaetze: 9 },
  { titel: '3 Entwicklungen im Jahr 2019', absaetze: 2 },
  { titel: '3.1 Aktivitäten zur Initiierung und Begleitung von Projekten', absaetze: 14 },
  { titel: '3.2 Sonstige Aktivitäten', absaetze: 5 },
  { titel: '3.3 Fazit und Ausblick', absaetze: 1 },
];

const ABSATZ =
  'Im Berichtsjahr 2019 hat das Teilthemenmanagement Industrielle Produktion insgesamt 16 Projekte begleitet, ' +
  'von denen 15 Projekte im Jahresverlauf neu initiiert worden waren (vgl. Abbildung 1). Damit hat sich die Anzahl ' +
  'der neu initiierten Projekte im Vergleich zum Vorjahr <strong>verdreifacht</strong>. Projekte mit einem Volumen von ' +
  'insgesamt 69,2 Millionen Euro – davon 44.380 € Fördervolumen – zeigen „große“ Wirkung; <em>Kooperationsstrukturen</em> ' +
  'und <b style="font-weight:600">Wertschöpfungsketten</b> wachsen … weiter. ';

/**
 * Builds the report HTML; `seiten` fills the TOC (empty on the first pass). `extra` adds blank pages before chapter 2.
 * `plaetze`: mark the TOC's page numbers as slots (`data-seite-von`) that the print step fills with its prediction.
 */
export function baueBerichtHtml(seiten: Map<string, number>, extra = 0, plaetze = true): string {
  const von = (titel: string): string => (plaetze ? ` data-seite-von="${titel}"` : '');
  const inhalt = KAPITEL.map(
    ({ titel }) => `<li><span class="titel">${titel}</span><span class="nummer"${von(titel)}>${seiten.get(titel) ?? ''}</span></li>`,
  ).join('');
  const leer = '<section class="leer"><p>Leerseite</p></section>'.repeat(extra);
  const kapitel = KAPITEL.map(({ titel, absaetze }, i) => {
    const ebene = titel.split(' ')[0]?.includes('.') ? 'h3' : 'h2';
    const text = Array.from({ length: absaetze }, () => `<p>${ABSATZ}</p>`).join('');
    // a table: its header cells get structure ids in the tagged PDF
    const tabelle = i === 4 ? '<table><thead><tr><th>Jahr</th><th>Projekte</th></tr></thead><tbody><tr><td>2018</td><td>5</td></tr><tr><td>2019</td><td>15</td></tr></tbody></table>' : '';
    return `${i === 1 ? leer : ''}<${ebene}>${titel}</${ebene}>${trenneHtml(text)}${tabelle}`;
  }).join('');
  return (
    `<!doctype html><html lang="de-DE"><head><meta charset="utf-8"><title>Jahresbericht 2019</title>` +
    `<style>${schriftCss()}\n${seitenCss()}\n` +
    `body{font-family:'${SCHRIFTFAMILIE}';font-size:11pt;line-height:1.45;text-align:justify;margin:0}` +
    `h2{break-before:page;font-weight:700}.deckblatt,.inhaltsverzeichnis,.leer{break-after:page}.leer{break-before:page}` +
    `.inhaltsverzeichnis li{display:flex;justify-content:space-between}` +
    `</style></head><body>` +
    `<section class="deckblatt"><h1>Jahresbericht 2019 zum Ergebnis- und Wirkungsmonitoring</h1><p>Industrielle Produktion Berlin</p></section>` +
    `<section class="inhaltsverzeichnis"><h2 style="break-before:auto">Inhalt</h2><ol>${inhalt}</ol></section>` +
    `${kapitel}</body></html>`
  );
}
