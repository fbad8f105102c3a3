import { afterAll, describe, expect, it } from 'vitest';
import { BerichtsBrowser } from '../../src/browser/berichts-browser.js';
import { CliFehler } from '../../src/fehler.js';
import { druckeBericht, type PdfMetadaten } from '../../src/pdf/drucke-bericht.js';
import { schriftCss, schriftDruck } from '../../src/schrift/schrift-css.js';
import { baueBerichtHtml } from '../pdf/bericht-fixture.js';
import { poppler } from '../pdf/poppler.js';

const browser = new BerichtsBrowser();
afterAll(() => browser.dispose());

const META: PdfMetadaten = { titel: 'Schrift', autor: 'ewm-report', thema: 'Druckschrift', sprache: 'de-DE', datum: '2020-07-15' };
const AUFTRAG = { env: { PATH: process.env['PATH'] } };

/** The fixture report with the print's font rules in place of the data: URLs. */
const mitDruckSchrift = (seiten: Map<string, number>): string => baueBerichtHtml(seiten).replace(schriftCss(), () => schriftDruck().css);

describe('schriftDruck (the print loads the font by URL from the page sandbox)', () => {
  it('has the rules of schriftCss with each face at a URL that names its content, and the files behind them', () => {
    const { css, ressourcen } = schriftDruck();
    expect(css).not.toContain('data:');
    const urls = [...css.matchAll(/src:url\(([^)]+)\) format\('woff2'\)/g)].map((t) => t[1] ?? '');
    expect(urls).toHaveLength(4);
    expect([...ressourcen.keys()]).toEqual(urls);
    const daten = [...schriftCss().matchAll(/url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g)].map((t) => Buffer.from(t[1] ?? '', 'base64'));
    urls.forEach((url, i) => {
      expect(url).toMatch(/^https:\/\/ewm-report\.invalid\/schrift\/SourceSans3-(Regular|Semibold|Bold|It)-[0-9a-f]{16}\.woff2$/);
      const ressource = ressourcen.get(url);
      expect(ressource?.typ).toBe('font/woff2');
      expect(Buffer.from(ressource?.daten ?? new Uint8Array()).equals(daten[i] ?? Buffer.alloc(0))).toBe(true);
    });
    // the same rules apart from the URLs
    expect(css.replace(/url\([^)]+\)/g, 'url()')).toBe(schriftCss().replace(/url\([^)]+\)/g, 'url()'));
    expect(schriftDruck()).toBe(schriftDruck()); // built once
  });

  it('prints byte for byte the PDF of the data: URLs, twice on the same page (the second from the memory cache)', async () => {
    const mitDaten = await druckeBericht(browser, (s) => baueBerichtHtml(s), META, AUFTRAG);
    const erster = await druckeBericht(browser, mitDruckSchrift, META, { ...AUFTRAG, ressourcen: schriftDruck().ressourcen });
    const zweiter = await druckeBericht(browser, mitDruckSchrift, META, { ...AUFTRAG, ressourcen: schriftDruck().ressourcen });
    expect(erster.blockiert).toEqual([]);
    expect(Buffer.from(erster.pdf).equals(Buffer.from(mitDaten.pdf))).toBe(true);
    expect(Buffer.from(zweiter.pdf).equals(Buffer.from(mitDaten.pdf))).toBe(true);
    expect(poppler('pdffonts', erster.pdf)).toMatch(/SourceSans3-Regular/);
  }, 120_000);

  it('a font the page is not given is blocked, and the print stops with a German message instead of a fallback font', async () => {
    // a browser of its own: the other's pages hold the faces in their memory cache
    const eigener = new BerichtsBrowser();
    const fehler = await druckeBericht(eigener, mitDruckSchrift, META, AUFTRAG)
      .catch((f: unknown) => f)
      .finally(() => eigener.dispose());
    expect(fehler).toBeInstanceOf(CliFehler);
    expect((fehler as CliFehler).message).toMatch(/^Die Schrift des Berichts konnte im Browser nicht geladen werden \(Source Sans 3 400 normal, .*\)\. Bitte die Installation prüfen/);
  }, 120_000);
});
