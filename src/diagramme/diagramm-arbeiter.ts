/**
 * The chart worker thread: renders Vega-Lite specs to SVG off the main thread, so that vega loads and the
 * charts render while the main thread reads the data, hyphenates and drives Chromium; it also gives the
 * standalone SVG files their font subset. Messages: `{ id, spec, beschreibung }` (render) or
 * `{ id, svg }` (add the font) in, `{ id, svg }` or `{ id, fehler }` out.
 */
import { parentPort } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import { renderSvg, type SvgBeschreibung } from './render-svg.js';

type Auftrag = { id: number } & ({ spec: TopLevelSpec; beschreibung: SvgBeschreibung } | { svg: string });

parentPort?.on('message', (auftrag: Auftrag) => {
  const arbeit =
    'svg' in auftrag
      ? import('../schrift/svg-mit-schrift.js').then(({ svgMitSchrift }) => svgMitSchrift(auftrag.svg))
      : renderSvg(auftrag.spec, auftrag.beschreibung);
  arbeit.then(
    (svg) => parentPort?.postMessage({ id: auftrag.id, svg }),
    (fehler: unknown) => parentPort?.postMessage({ id: auftrag.id, fehler: fehler instanceof Error ? fehler.message : String(fehler) }),
  );
});
