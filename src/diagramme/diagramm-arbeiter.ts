/**
 * The chart worker thread: renders Vega-Lite specs to SVG off the main thread, so that vega loads and the
 * charts render while the main thread reads the data, hyphenates and drives Chromium. Messages:
 * `{ id, spec, beschreibung }` in, `{ id, svg }` or `{ id, fehler }` out.
 */
import { parentPort } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import { renderSvg, type SvgBeschreibung } from './render-svg.js';

interface Auftrag {
  id: number;
  spec: TopLevelSpec;
  beschreibung: SvgBeschreibung;
}

parentPort?.on('message', (auftrag: Auftrag) => {
  renderSvg(auftrag.spec, auftrag.beschreibung).then(
    (svg) => parentPort?.postMessage({ id: auftrag.id, svg }),
    (fehler: unknown) => parentPort?.postMessage({ id: auftrag.id, fehler: fehler instanceof Error ? fehler.message : String(fehler) }),
  );
});
