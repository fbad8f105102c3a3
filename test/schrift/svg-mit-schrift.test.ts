import { afterAll, describe, expect, it } from 'vitest';
import { BerichtsBrowser } from '../../src/browser/berichts-browser.js';
import { leseSchriftMetrik } from '../../src/diagramme/textbreite.js';
import { svgsMitSchrift, svgZeichen } from '../../src/schrift/svg-mit-schrift.js';
import { poppler } from '../pdf/poppler.js';

const browser = new BerichtsBrowser();
afterAll(() => browser.dispose());

const SVG =
  '<svg role="img" xmlns="http://www.w3.org/2000/svg" width="300" height="60"><title>Abbildung 1</title><desc>Text</desc>' +
  '<g><text x="4" y="20" font-family="\'Source Sans 3\', sans-serif" font-size="11px">Grüße &amp; 69,2 Mio. €</text>' +
  '<text x="4" y="40" font-family="\'Source Sans 3\', sans-serif" font-size="11px" font-weight="600">Jahr <tspan>2019</tspan></text></g></svg>';

/** The @font-face sources of an SVG, decoded. */
const schriften = (svg: string): Buffer[] =>
  [...svg.matchAll(/url\(data:font\/ttf;base64,([A-Za-z0-9+/=]+)\) format\('truetype'\)/g)].map((m) => Buffer.from(m[1] ?? '', 'base64'));

describe('svgsMitSchrift', () => {
  it('collects the characters of all text nodes, entities decoded', () => {
    expect(svgZeichen(SVG)).toBe([...new Set('Grüße & 69,2 Mio. €Jahr 2019')].sort().join(''));
  });

  it('embeds a regular and a semibold TrueType subset with exactly the glyphs the texts use, after <title> and <desc>', async () => {
    const [mit = ''] = await svgsMitSchrift([SVG]);
    expect(mit).toMatch(/^<svg [^>]*><title>Abbildung 1<\/title><desc>Text<\/desc><defs><style>@font-face\{font-family:'Source Sans 3';font-style:normal;font-weight:400;/);
    expect(mit).toContain("font-weight:600;src:url(data:font/ttf;base64,");
    const faces = schriften(mit);
    expect(faces).toHaveLength(2);
    for (const face of faces) {
      expect(face.length).toBeLessThan(10_000);
      const zeichen = [...leseSchriftMetrik(face).breiten.keys()].filter((c) => c >= 32).map((c) => String.fromCodePoint(c)).sort().join('');
      expect(zeichen).toBe(svgZeichen(SVG));
    }
    expect(await svgsMitSchrift([SVG])).toEqual([mit]); // deterministic
  });

  it("gives all charts of a report one subset per face, of the characters of all of them", async () => {
    const zweites = SVG.replace('Grüße &amp; 69,2 Mio. €', 'Qualität – 7 %');
    const dateien = await svgsMitSchrift([SVG, zweites]);
    expect(dateien).toHaveLength(2);
    const stil = (svg: string): string => /<defs><style>[\s\S]*?<\/style><\/defs>/.exec(svg)?.[0] ?? '';
    expect(stil(dateien[0] ?? '')).not.toBe('');
    expect(stil(dateien[1] ?? '')).toBe(stil(dateien[0] ?? ''));
    expect(dateien[1]).toContain('Qualität – 7 %');
    const alle = [...new Set(svgZeichen(SVG) + svgZeichen(zweites))].sort().join('');
    for (const face of schriften(dateien[0] ?? '')) {
      const zeichen = [...leseSchriftMetrik(face).breiten.keys()].filter((c) => c >= 32).map((c) => String.fromCodePoint(c)).sort().join('');
      expect(zeichen).toBe(alle);
    }
    expect(await svgsMitSchrift([])).toEqual([]);
  });

  it('draws the standalone SVG in Source Sans 3 on a machine without the font (no page font given)', async () => {
    const html = (svg: string): string => `<!doctype html><html><head><meta charset="utf-8"></head><body>${svg}</body></html>`;
    const namen = async (svg: string): Promise<string[]> => {
      const pdf = await browser.withPage((seite) => seite.druckePdf(html(svg)));
      return poppler('pdffonts', pdf).trim().split('\n').slice(2).map((z) => z.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '').sort();
    };
    expect(await namen((await svgsMitSchrift([SVG]))[0] ?? '')).toEqual(['SourceSans3-Regular', 'SourceSans3-Semibold']);
    expect((await namen(SVG)).some((n) => n.startsWith('DejaVu'))).toBe(true); // without it: the machine's font
  });
});
