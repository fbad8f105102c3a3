import { afterAll, describe, expect, it } from 'vitest';
import { BerichtsBrowser } from '../../src/browser/berichts-browser.js';
import { seitenCss } from '../../src/pdf/seiten-css.js';
import { nichtAbgedeckteZeichen } from '../../src/schrift/nicht-abgedeckte-zeichen.js';
import { schriftCss } from '../../src/schrift/schrift-css.js';
import { poppler } from '../pdf/poppler.js';

const browser = new BerichtsBrowser();
afterAll(() => browser.dispose());

const DEUTSCH = 'äöüÄÖÜß „Anführung“ ‚einfach‘ 69,2 Mio. € – 2017–2019 … § ° « » Łódź ő';

/** Prints `text` in regular, semibold, bold and italic on two pages and returns pdffonts' rows. */
async function schriftenFuer(text: string): Promise<string[]> {
  const html =
    `<!doctype html><html lang="de-DE"><head><meta charset="utf-8"><style>${schriftCss()}\n${seitenCss({ mitGesamtzahl: true })}` +
    `body{font-family:'Source Sans 3'}</style></head><body><p>${text}</p><p style="font-weight:600">${text}</p>` +
    `<p style="break-after:page"><b>${text}</b></p><p><i>${text}</i></p></body></html>`;
  const pdf = await browser.withPage((seite) => seite.druckePdf(html));
  expect(poppler('pdftotext', pdf)).toContain('Seite 2 von 2'); // the footer text is drawn too
  return poppler('pdffonts', pdf).trim().split('\n').slice(2);
}

describe('schriftCss', () => {
  it('declares 400, 600, 700 and italic 400 as inline woff2', () => {
    const css = schriftCss();
    const regeln = css.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(regeln).toHaveLength(4);
    const schnitte = regeln.map((r) => `${/font-weight:(\d+)/.exec(r)?.[1]} ${/font-style:(\w+)/.exec(r)?.[1]}`);
    expect(schnitte).toEqual(['400 normal', '600 normal', '700 normal', '400 italic']);
    for (const regel of regeln) {
      expect(regel).toContain("font-family:'Source Sans 3'");
      const base64 = /url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/.exec(regel)?.[1] ?? '';
      expect(Buffer.from(base64, 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(regel).not.toMatch(/file:|url\(\.\//);
    }
    expect(schriftCss()).toBe(css); // cached
  });

  it('prints German text and the footer only with embedded Source Sans 3 under its real face names', async () => {
    const zeilen = await schriftenFuer(DEUTSCH);
    const namen = zeilen.map((z) => z.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '')).sort();
    expect(new Set(namen)).toEqual(
      new Set(['SourceSans3-Bold', 'SourceSans3-It', 'SourceSans3-Regular', 'SourceSans3-Semibold']),
    );
    for (const zeile of zeilen) expect(zeile).toMatch(/\s+yes yes yes\s/);
  });

  it('the check can fail: an uncovered character falls back to a system font', async () => {
    const zeilen = await schriftenFuer('Schneemann ☃');
    expect(zeilen.some((z) => /DejaVu/.test(z))).toBe(true);
  });
});

describe('nichtAbgedeckteZeichen', () => {
  it('finds nothing missing in German report text', () => {
    expect(nichtAbgedeckteZeichen(`${DEUTSCH}\u00ad\u2010\u00a0\n`)).toEqual([]);
  });

  it('lists characters the font lacks once each, in order', () => {
    expect(nichtAbgedeckteZeichen('α ☃ → 漢 ☃')).toEqual(['☃', '漢']);
  });
});
