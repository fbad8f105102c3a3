import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BerichtsBrowser } from '../../src/browser/berichts-browser.js';
import { bereiteBerichtVor, erzeugeBericht, setzeAbbildungenEin, type VorbereiteterBericht } from '../../src/bericht/erzeuge-bericht.js';
import { ewmFormat } from '../../src/ewm/ewm-format.js';
import { FORMATE } from '../../src/formate.js';
import type { Datenbestand } from '../../src/model/typen.js';
import { ladeDaten } from '../../src/pruefen/lade-daten.js';
import { trenneHtml } from '../../src/silbentrennung/trenne-html.js';
import { WURZEL } from '../hilfen/pfade.js';

const DATEN = path.join(WURZEL, 'data');

describe('setzeAbbildungenEin', () => {
  it('puts each chart in place of its stand-in', () => {
    const html = '<p>a</p><svg data-ewm-abbildung="1"></svg><p>b</p><svg data-ewm-abbildung="0"></svg>';
    expect(setzeAbbildungenEin(html, ['<svg>null</svg>', '<svg>eins</svg>'])).toBe('<p>a</p><svg>eins</svg><p>b</p><svg>null</svg>');
  });

  it('refuses a missing, a repeated or an unknown stand-in', () => {
    expect(() => setzeAbbildungenEin('<svg data-ewm-abbildung="0"></svg>', ['<svg/>', '<svg/>'])).toThrow('1 Abbildungen fehlen im HTML');
    expect(() => setzeAbbildungenEin('<svg data-ewm-abbildung="0"></svg><svg data-ewm-abbildung="0"></svg>', ['<svg/>'])).toThrow('Platzhalter der Abbildung 0');
    expect(() => setzeAbbildungenEin('<svg data-ewm-abbildung="2"></svg>', ['<svg/>'])).toThrow('Platzhalter der Abbildung 2');
  });
});

describe('the print HTML, hyphenated while the charts render', () => {
  let daten: Datenbestand;
  const berichte = new Map<string, VorbereiteterBericht>();
  const slugs = ['industrielle-produktion', 'energietechnik', 'optik-photonik'];
  beforeAll(async () => {
    daten = (await ladeDaten(DATEN, FORMATE)).daten as Datenbestand;
    for (const cluster of slugs) {
      berichte.set(
        cluster,
        await bereiteBerichtVor(
          { daten, datenVerzeichnis: DATEN, jahr: 2019, cluster, ausgabe: '/nicht/geschrieben', formate: new Set(['pdf', 'html']), streng: false },
          ewmFormat,
        ),
      );
    }
  }, 120_000);

  it.each(slugs)('%s: holds every chart as rendered and is hyphenated as if the charts had been there from the start', (cluster) => {
    const bericht = berichte.get(cluster) as VorbereiteterBericht;
    const html = bericht.baueHtml?.(new Map()) ?? '';
    expect(html).not.toContain('data-ewm-abbildung');
    const svgs = html.match(/<svg role="img"[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(8);
    for (const svg of svgs) expect(svg).not.toContain('\u00ad');
    // Hyphenating the finished HTML afresh (its soft hyphens removed) gives exactly the same text.
    expect(trenneHtml(html.replace(/\u00ad/g, ''))).toBe(html);
    expect(html).toContain('\u00ad');
  });

  it.each(slugs)('%s: the print HTML loads the font by URL from the print page, bericht.html carries it as data: URLs', (cluster) => {
    const bericht = berichte.get(cluster) as VorbereiteterBericht;
    const druck = bericht.baueHtml?.(new Map()) ?? '';
    const datei = bericht.baueHtmlDatei?.(new Map()) ?? '';
    const urls = [...(bericht.ressourcen?.keys() ?? [])];
    expect(urls).toHaveLength(4);
    for (const url of urls) expect(druck).toContain(`src:url(${url}) format('woff2')`);
    expect(druck).not.toContain('data:font/');
    expect(datei.match(/url\(data:font\/woff2;base64,/g)).toHaveLength(4);
    // the four faces' base64 (0.55 MB) stay out of what Chromium parses for each report
    expect(druck.length).toBeLessThan(datei.length - 500_000);
  });
});

describe('erzeugeBericht tells the caller when the PDF is printed', () => {
  it('calls gedruckt once, after the print and before the files are written', async () => {
    const daten = (await ladeDaten(DATEN, FORMATE)).daten as Datenbestand;
    const browser = new BerichtsBrowser();
    const folge: string[] = [];
    try {
      const ergebnis = await erzeugeBericht(
        { daten, datenVerzeichnis: DATEN, jahr: 2019, cluster: 'smart-cities', ausgabe: '/nicht/geschrieben', formate: new Set(['pdf']), streng: false, immer: true },
        ewmFormat,
        {
          browser: () => browser,
          gedruckt: () => folge.push('gedruckt'),
          schreibe: async (_ordner, dateien) => {
            folge.push(`schreibe ${dateien.has('bericht.pdf') ? 'mit PDF' : 'ohne PDF'}`);
          },
        },
      );
      expect(ergebnis.seiten).toBeGreaterThan(10);
      expect(folge).toEqual(['gedruckt', 'schreibe mit PDF']);
    } finally {
      await browser.dispose();
    }
  }, 120_000);
});
