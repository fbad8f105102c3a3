import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { renderSvg } from '../../src/diagramme/render-svg.js';
import { svgsMitSchrift } from '../../src/schrift/svg-mit-schrift.js';
import { gebaut } from '../hilfen/pfade.js';

// The built module, so that the worker file (JavaScript) exists beside it, as in the shipped CLI.
type Modul = typeof import('../../src/diagramme/render-svg-im-arbeiter.js');
const modul = (): Promise<Modul> => import(pathToFileURL(gebaut('src/diagramme/render-svg-im-arbeiter.js')).href) as Promise<Modul>;

const spec: TopLevelSpec = {
  data: { values: [{ a: 'Projekte', b: 12 }, { a: 'Aktivitäten', b: 7 }] },
  mark: 'bar',
  encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
};

describe('renderSvgImArbeiter', () => {
  it('renders on the worker thread byte for byte what renderSvg renders here', async () => {
    const { renderSvgImArbeiter, diagrammArbeiterAktiv, starteDiagrammArbeiter } = await modul();
    starteDiagrammArbeiter();
    expect(diagrammArbeiterAktiv()).toBe(true);
    const [a, b] = await Promise.all([renderSvgImArbeiter(spec, { titel: 'T', text: 'D' }), renderSvgImArbeiter(spec, {})]);
    expect(a).toBe(await renderSvg(spec, { titel: 'T', text: 'D' }));
    expect(b).toBe(await renderSvg(spec, {}));
  });

  it('gives standalone files their font subset on the worker thread, byte for byte as svgsMitSchrift here', async () => {
    const { svgsMitSchriftImArbeiter, starteDiagrammArbeiter, diagrammArbeiterAktiv } = await modul();
    starteDiagrammArbeiter();
    expect(diagrammArbeiterAktiv()).toBe(true);
    const svgs = [await renderSvg(spec, { titel: 'T', text: 'D' }), await renderSvg(spec, { titel: 'Zweite', text: 'E' })];
    const dateien = await svgsMitSchriftImArbeiter(svgs);
    expect(dateien).toHaveLength(2);
    expect(dateien[0]).toContain('@font-face');
    expect(dateien).toEqual(await svgsMitSchrift(svgs));
  });

  it('passes a render error on with its message', async () => {
    const { renderSvgImArbeiter } = await modul();
    const falsch = { ...spec, encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative', aggregate: 'gibtsnicht' } } } as unknown as TopLevelSpec;
    await expect(renderSvgImArbeiter(falsch)).rejects.toThrow(/Vega-Lite|gibtsnicht/);
  });
});
