import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { renderSvg } from '../../src/diagramme/render-svg.js';
import { renderSvgGecacht } from '../../src/diagramme/render-svg-gecacht.js';

const spec = (wert: number): TopLevelSpec => ({
  data: { values: [{ a: 'x', b: wert }] },
  mark: 'bar',
  encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
});

describe('renderSvgGecacht', () => {
  it('gives the same SVG as renderSvg and reuses it for an identical spec and text', async () => {
    const erstes = renderSvgGecacht(spec(1), { titel: 'T', text: 'D' });
    expect(renderSvgGecacht(spec(1), { titel: 'T', text: 'D' })).toBe(erstes);
    expect(await erstes).toBe(await renderSvg(spec(1), { titel: 'T', text: 'D' }));
  });

  it('renders again when the data or the text alternative differ', async () => {
    const a = renderSvgGecacht(spec(2), { titel: 'T' });
    expect(renderSvgGecacht(spec(3), { titel: 'T' })).not.toBe(a);
    expect(renderSvgGecacht(spec(2), { titel: 'U' })).not.toBe(a);
    expect(await renderSvgGecacht(spec(3), { titel: 'T' })).not.toBe(await a);
  });
});
