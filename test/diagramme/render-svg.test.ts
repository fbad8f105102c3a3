import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { basisConfig } from '../../src/diagramme/palette.js';
import { escapeXml, renderSvg } from '../../src/diagramme/render-svg.js';
import { textbreite } from '../../src/diagramme/textbreite.js';

function spec(werte: { a: string; b: number }[], extra: Record<string, unknown> = {}): TopLevelSpec {
  return {
    config: basisConfig(),
    width: 300,
    height: 150,
    data: { values: werte },
    encoding: {
      x: { field: 'a', type: 'nominal', axis: { title: null, labelAngle: 0 } },
      y: { field: 'b', type: 'quantitative', axis: { format: ',.1f', title: null } },
    },
    layer: [
      { mark: { type: 'bar', clip: true } },
      { mark: { type: 'text', dy: -4, baseline: 'bottom' }, encoding: { text: { field: 'b', type: 'quantitative', format: ',d' } } },
    ],
    ...extra,
  } as TopLevelSpec;
}

const texte = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');

describe('renderSvg', () => {
  it('formats numbers the German way (decimal comma, thousands point)', async () => {
    const svg = await renderSvg(spec([{ a: 'x', b: 1234 }, { a: 'y', b: 69.2 }]));
    expect(texte(svg)).toContain('1.234');
    expect(texte(svg)).toContain('1.000,0');
    expect(texte(svg)).toContain('69');
    const dezimal = await renderSvg(
      spec([{ a: 'x', b: 69.2 }], { layer: [{ mark: 'text', encoding: { text: { field: 'b', type: 'quantitative', format: ',.1f' } } }] }),
    );
    expect(texte(dezimal)).toContain('69,2');
  });

  it('renders byte-identical output twice (no running ids, no clock)', async () => {
    const s = spec([{ a: 'x', b: 3 }, { a: 'y', b: 5 }]);
    const eins = await renderSvg(s, { titel: 'T', text: 'D' });
    await renderSvg(spec([{ a: 'z', b: 1 }]));
    const zwei = await renderSvg(s, { titel: 'T', text: 'D' });
    expect(zwei).toBe(eins);
    expect(eins).toContain('clipPath id="clip1"');
  });

  it('sets the report font on every text element', async () => {
    const svg = await renderSvg(spec([{ a: 'x', b: 3 }]));
    const familien = [...svg.matchAll(/<text[^>]*font-family="([^"]*)"/g)].map((m) => m[1]);
    expect(familien.length).toBeGreaterThan(2);
    expect(new Set(familien)).toEqual(new Set(["'Source Sans 3', sans-serif"]));
  });

  it('measures text with the report font metrics, independent of the machine', () => {
    // Advance widths of Source Sans 3 (400/600) × 1.28, rounded up.
    expect(textbreite('Industrie 4.0', 11, false)).toBe(74);
    expect(textbreite('Industrie 4.0', 11, true)).toBe(76);
    expect(textbreite('', 11, false)).toBe(0);
  });

  it('is accessible: role img, aria-label, title and desc at the root', async () => {
    const svg = await renderSvg(spec([{ a: 'x', b: 3 }]), { titel: 'Abbildung 1: Test', text: '2019: 3 Projekte' });
    expect(svg.startsWith('<svg role="img" xml:lang="de" aria-label="Abbildung 1: Test. 2019: 3 Projekte" ')).toBe(true);
    expect(svg).toMatch(/^<svg [^>]*><title>Abbildung 1: Test<\/title><desc>2019: 3 Projekte<\/desc>/);
  });

  it('takes the description of the spec when no text is given', async () => {
    const svg = await renderSvg(spec([{ a: 'x', b: 3 }], { description: 'Beschreibung' }));
    expect(svg).toContain('<desc>Beschreibung</desc>');
    expect(svg).not.toContain('<title>');
  });

  it('keeps markup in labels, titles and descriptions literal', async () => {
    const boese = 'Forschung & </svg><script>alert("x")</script>';
    const svg = await renderSvg(spec([{ a: boese, b: 3 }]), { titel: boese, text: `Wert ${boese}` });
    expect(svg).not.toContain('<script');
    expect(svg.match(/<\/svg>/g)).toHaveLength(1);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('<title>Forschung &amp; &lt;/svg&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</title>');
    expect(texte(svg)).toContain('Forschung &amp; &lt;/svg&gt;&lt;script&gt;alert("x")&lt;/script&gt;');
  });

  it('rejects a spec Vega-Lite warns about', async () => {
    const falsch = spec([{ a: 'x', b: 3 }], { encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative', aggregate: 'gibtsnicht' } } });
    await expect(renderSvg(falsch)).rejects.toThrow(/^Vega-Lite-Spezifikation fehlerhaft: /);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
