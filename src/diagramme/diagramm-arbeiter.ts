/**
 * The chart worker thread: renders Vega-Lite specs to SVG off the main thread, so that vega loads and the
 * charts render while the main thread reads the data, hyphenates and drives Chromium; it also gives the
 * standalone SVG files their font subset. Messages: `{ id, spec, beschreibung }` (render) or
 * `{ id, svgs }` (add the font to a report's charts) in, `{ id, svg }` (one SVG or the list) or `{ id, fehler }` out.
 */
import { parentPort } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import { renderSvg, type SvgBeschreibung } from './render-svg.js';

type Auftrag = { id: number } & ({ spec: TopLevelSpec; beschreibung: SvgBeschreibung } | { svgs: string[] });

parentPort?.on('message', (auftrag: Auftrag) => {
  const arbeit =
    'svgs' in auftrag
      ? import('../schrift/svg-mit-schrift.js').then(({ svgsMitSchrift }) => svgsMitSchrift(auftrag.svgs))
      : renderSvg(auftrag.spec, auftrag.beschreibung);
  arbeit.then(
    (svg: string | string[]) => parentPort?.postMessage({ id: auftrag.id, svg }),
    (fehler: unknown) => parentPort?.postMessage({ id: auftrag.id, fehler: fehler instanceof Error ? fehler.message : String(fehler) }),
  );
});
