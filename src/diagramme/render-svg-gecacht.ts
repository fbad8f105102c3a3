/**
 * `renderSvg` with a small in-process cache keyed by the spec and its text alternative: the live preview
 * re-renders a report on every saved text, and the charts (≈ 0.25 s of the re-render) only change when the
 * data does. Rendering is deterministic, so a cached SVG is byte for byte what a new render would give.
 */
import { createHash } from 'node:crypto';
import type { TopLevelSpec } from 'vega-lite';
import type { SvgBeschreibung } from './render-svg.js';
import { renderSvgImArbeiter } from './render-svg-im-arbeiter.js';

/** Most SVGs kept (a report has eight; a few reports' worth). */
const GROESSE = 64;
const cache = new Map<string, Promise<string>>();

/** Renders the chart (on the chart worker) or returns the SVG of an identical earlier render in this process. */
export function renderSvgGecacht(spec: TopLevelSpec, beschreibung: SvgBeschreibung = {}): Promise<string> {
  const schluessel = createHash('sha256').update(JSON.stringify([spec, beschreibung.titel ?? null, beschreibung.text ?? null])).digest('hex');
  const vorhanden = cache.get(schluessel);
  if (vorhanden !== undefined) {
    cache.delete(schluessel);
    cache.set(schluessel, vorhanden); // most recently used last
    return vorhanden;
  }
  const svg = renderSvgImArbeiter(spec, beschreibung);
  cache.set(schluessel, svg);
  svg.catch(() => cache.delete(schluessel));
  while (cache.size > GROESSE) cache.delete(cache.keys().next().value as string);
  return svg;
}
