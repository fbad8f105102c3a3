/**
 * `renderSvg` on the chart worker thread (`diagramm-arbeiter.js` beside this module). The worker is started
 * by `starteDiagrammArbeiter()` as early as possible and does not keep the process alive. Where the worker
 * file is missing (the TypeScript sources under vitest) or the worker dies, charts render in this thread.
 * Either way the SVG is the same: rendering is deterministic.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import type { SvgBeschreibung } from './render-svg.js';

interface Offen {
  erfuellen: (ergebnis: string | string[]) => void;
  ablehnen: (fehler: Error) => void;
  /** The same work in this thread, for when the worker dies. */
  ersatz: () => Promise<string | string[]>;
}

let arbeiter: Worker | undefined;
let verfuegbar: boolean | undefined;
let naechsteId = 0;
const offen = new Map<number, Offen>();

/** Starts the worker now (idempotent), so that vega loads while the caller does other work. */
export function starteDiagrammArbeiter(): void {
  if (verfuegbar !== undefined) return;
  const datei = fileURLToPath(new URL('./diagramm-arbeiter.js', import.meta.url));
  verfuegbar = existsSync(datei);
  if (!verfuegbar) return;
  const neu = new Worker(datei);
  neu.unref();
  // An unref() before the thread is online does not hold in Node 20: repeat it once it runs, unless charts wait.
  neu.once('online', () => {
    if (offen.size === 0) neu.unref();
  });
  neu.on('message', (antwort: { id: number; svg?: string | string[]; fehler?: string }) => {
    const auftrag = offen.get(antwort.id);
    if (auftrag === undefined) return;
    offen.delete(antwort.id);
    if (antwort.svg !== undefined) auftrag.erfuellen(antwort.svg);
    else auftrag.ablehnen(new Error(antwort.fehler ?? 'Abbildung konnte nicht gezeichnet werden'));
    if (offen.size === 0) neu.unref();
  });
  // A dead worker: finish what it had in this thread and render here from now on.
  neu.on('error', () => undefined);
  neu.on('exit', () => {
    verfuegbar = false;
    arbeiter = undefined;
    for (const [id, auftrag] of offen) {
      offen.delete(id);
      void auftrag.ersatz().then(auftrag.erfuellen, auftrag.ablehnen);
    }
  });
  arbeiter = neu;
}

/** Renders a chart on the worker (started if needed), or in this thread when there is none. */
export function renderSvgImArbeiter(spec: TopLevelSpec, beschreibung: SvgBeschreibung = {}): Promise<string> {
  return imArbeiter({ spec, beschreibung }, () => imHauptthread(spec, beschreibung));
}

/** `svgsMitSchrift` (a report's standalone files with their font subset) on the worker, or in this thread when there is none. */
export function svgsMitSchriftImArbeiter(svgs: readonly string[]): Promise<string[]> {
  return imArbeiter({ svgs }, () => import('../schrift/svg-mit-schrift.js').then(({ svgsMitSchrift }) => svgsMitSchrift(svgs)));
}

function imArbeiter<T extends string | string[]>(nachricht: object, ersatz: () => Promise<T>): Promise<T> {
  starteDiagrammArbeiter();
  const ziel = arbeiter;
  if (!verfuegbar || ziel === undefined) return ersatz();
  return new Promise<T>((erfuellen, ablehnen) => {
    const id = naechsteId++;
    offen.set(id, { erfuellen: erfuellen as (ergebnis: string | string[]) => void, ablehnen, ersatz });
    ziel.ref(); // keep the process alive while work is pending
    ziel.postMessage({ id, ...nachricht });
  });
}

async function imHauptthread(spec: TopLevelSpec, beschreibung: SvgBeschreibung): Promise<string> {
  const { renderSvg } = await import('./render-svg.js');
  return renderSvg(spec, beschreibung);
}

/** Whether charts go to the worker thread (false before the start and where there is no worker file). */
export function diagrammArbeiterAktiv(): boolean {
  return verfuegbar === true && arbeiter !== undefined;
}
