/**
 * Renders a Vega-Lite spec to a static, self-contained, accessible SVG string in Node:
 * Vega-Lite → Vega → headless View (`renderer: 'none'`) → `toSVG()`.
 * Deterministic: text widths come from the report font's metrics (not from a canvas),
 * SVG def ids are reset before every render, and Vega-Lite warnings are errors.
 */
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { textbreite } from './textbreite.js';

/** Text alternative of a chart: a short title and the full description with its numbers. */
export interface SvgBeschreibung {
  titel?: string;
  text?: string;
}

interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
}

function istFett(item: TextItem): boolean {
  const g = item.fontWeight;
  return g === 'bold' || g === 'bolder' || (typeof g === 'number' && g >= 600) || (typeof g === 'string' && Number(g) >= 600);
}

/** Makes Vega measure text with the report font's advance widths (process-wide, idempotent). */
function installiereTextmetrik(): void {
  // `textMetrics` is exported by vega at run time but missing from its type declarations.
  const metrik = (vega as unknown as { textMetrics: { width: (item: TextItem, text?: unknown) => number } }).textMetrics;
  metrik.width = (item: TextItem, text?: unknown): number => {
    const zeile = text == null ? '' : String(text).trim();
    const groesse = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    return zeile === '' || groesse <= 0 ? 0 : textbreite(zeile, groesse, istFett(item));
  };
}

/** Escapes text for XML element content and double-quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Vega-Lite warnings that are expected and harmless: a faceted chart with independent category
 * scales whose bar and label layers read the same field of the same data.
 */
const HARMLOSE_WARNUNGEN = [/^Detected faceted independent scales that union domain of the same fields from different source/];

/** Compiles Vega-Lite to Vega, failing on any other Vega-Lite warning (a warning means a wrong spec). */
function kompiliere(spec: TopLevelSpec): vega.Spec {
  const meldungen: string[] = [];
  const sammle = (...args: unknown[]): void => {
    const meldung = args.map(String).join(' ');
    if (!HARMLOSE_WARNUNGEN.some((muster) => muster.test(meldung))) meldungen.push(meldung);
  };
  const logger = {
    level: () => logger,
    warn: sammle,
    info: () => logger,
    debug: () => logger,
    error: sammle,
  };
  const vegaSpec = vegaLite.compile(spec, { logger } as unknown as Parameters<typeof vegaLite.compile>[1]).spec;
  if (meldungen.length > 0) throw new Error(`Vega-Lite-Spezifikation fehlerhaft: ${meldungen.join('; ')}`);
  return vegaSpec as vega.Spec;
}

/** Adds role="img", aria-label, <title> and <desc> to the root element of Vega's SVG. */
function machBarrierefrei(svg: string, titel: string, text: string): string {
  const start = svg.indexOf('<svg ');
  const ende = svg.indexOf('>', start);
  if (start !== 0 || ende < 0) throw new Error('Unerwartete SVG-Ausgabe von Vega');
  const label = text === '' ? titel : titel === '' ? text : `${titel}. ${text}`;
  const kopf = svg.slice(0, ende).replace('<svg ', `<svg role="img" xml:lang="de" aria-label="${escapeXml(label)}" `);
  const kinder = (titel ? `<title>${escapeXml(titel)}</title>` : '') + (text ? `<desc>${escapeXml(text)}</desc>` : '');
  return `${kopf}>${kinder}${svg.slice(ende + 1)}`;
}

/** Renders a Vega-Lite spec to an SVG string with German number format and a text alternative. */
export async function renderSvg(spec: TopLevelSpec, beschreibung: SvgBeschreibung = {}): Promise<string> {
  installiereTextmetrik();
  const vegaSpec = kompiliere(spec);
  vega.resetSVGDefIds();
  const view = new vega.View(vega.parse(vegaSpec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    const titel = beschreibung.titel ?? '';
    const text = beschreibung.text ?? (typeof spec.description === 'string' ? spec.description : '');
    return machBarrierefrei(svg, titel, text);
  } finally {
    view.finalize();
  }
}
