// The page prediction in the browser against the real print: forced breaks, a named page, a long chapter.
import { afterAll, describe, expect, it } from 'vitest';
import puppeteer from 'puppeteer-core';
import { findeBrowser } from '../../src/browser/finde-browser.js';
import { seitenImBrowser } from '../../src/browser/seiten-im-browser.js';
import { liesGliederung } from '../../src/pdf/lies-gliederung.js';
import { INHALTSBREITE, INHALTSHOEHE, seitenCss } from '../../src/pdf/seiten-css.js';

const browser = await puppeteer.launch({ executablePath: findeBrowser(undefined), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
afterAll(() => browser.close());

const absatz = '<p>Im Berichtsjahr wurden neue Projekte initiiert, Kooperationen vertieft und Akteure aus Wissenschaft und Wirtschaft zusammengebracht. </p>';
const HTML =
  `<!doctype html><html lang="de"><head><style>${seitenCss()}` +
  '@page deckblatt{margin:0}.deckblatt{page:deckblatt;height:200mm}.impressum{break-after:page}.kapitel{break-before:page}p{margin:0 0 1em;font-size:11pt;line-height:1.45;orphans:2;widows:2}</style></head><body>' +
  '<section class="deckblatt"><h1>Jahresbericht</h1></section>' +
  '<section class="impressum"><p>Impressum</p></section>' +
  '<nav><h2>Inhalt</h2><ul><li>1 Überblick <span data-seite-von="1 Überblick">00</span></li><li>2 Ergebnisse <span data-seite-von="2 Ergebnisse">00</span></li><li>Anhang <span data-seite-von="Anhang">00</span></li></ul></nav>' +
  `<main><section class="kapitel"><h2>1 Überblick</h2>${absatz.repeat(60)}<h3>1.1 Zwischen\u00adtitel</h3>${absatz.repeat(8)}</section>` +
  `<section class="kapitel"><h2>2 Ergebnisse</h2>${absatz.repeat(5)}</section></main></body></html>`;

describe('seitenImBrowser', () => {
  it('predicts the page of every heading as the print puts it, and fills the slots it knows', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setContent(HTML, { waitUntil: 'load' });
    await page.emulateMediaType('print');
    const { seiten, ohneSeite } = await page.evaluate(seitenImBrowser, INHALTSBREITE, INHALTSHOEHE);
    await page.emulateMediaType();
    const gedruckt = liesGliederung(await page.pdf({ format: 'A4', preferCSSPageSize: true, outline: true, tagged: true }));
    expect(seiten.map(([titel]) => titel)).toEqual(['Jahresbericht', 'Inhalt', '1 Überblick', '1.1 Zwischentitel', '2 Ergebnisse']);
    for (const [titel, seite] of seiten) expect(seite, titel).toBe(gedruckt.seiten.get(titel));
    expect(seiten.find(([t]) => t === '2 Ergebnisse')?.[1]).toBeGreaterThan(5);
    expect(ohneSeite).toBe(1); // "Anhang" has no heading
    const plaetze = await page.$$eval('[data-seite-von]', (e) => e.map((x) => x.textContent));
    expect(plaetze).toEqual([String(gedruckt.seiten.get('1 Überblick')), String(gedruckt.seiten.get('2 Ergebnisse')), '00']);
    // the document is as before: no helper attribute or style left behind
    expect(await page.$$eval('[data-ewm-spaltenbruch]', (e) => e.length)).toBe(0);
    expect(await page.$$eval('style', (e) => e.length)).toBe(1);
    await page.close();
  });
});
