/** Deterministic order of problems: file (contract order), then line or record, then column order. */
import type { Problem } from '../fehler.js';
import type { Tabelle } from './tabelle.js';

/** A table as the loader read it: `basis` is its file path without extension, e.g. `projekte`, `clusterbericht/eckdaten`. */
export interface GeleseneTabelle {
  basis: string;
  tabelle: Tabelle;
}

/** Sorts a copy of `probleme` by the files `cluster`, the tables (in the given order), `bericht`; ties keep their order. */
export function sortiereProbleme(probleme: readonly Problem[], tabellen: readonly GeleseneTabelle[]): Problem[] {
  const basen = ['cluster', ...tabellen.map((t) => t.basis), 'bericht'];
  const spalten = new Map(tabellen.map((t) => [t.basis, t.tabelle.spalten.map((s) => s.name)]));
  return probleme
    .map((p, i) => ({ p, i, s: schluessel(p, basen, spalten) }))
    .sort((a, b) => vergleiche(a.s, b.s) || a.i - b.i)
    .map((x) => x.p);
}

type Schluessel = [number, string, number, number];

function schluessel(p: Problem, basen: readonly string[], spalten: ReadonlyMap<string, string[]>): Schluessel {
  const basis = p.datei.replace(/\.(csv|json)$/, '');
  const dateiIndex = basen.indexOf(basis);
  const zeile = p.zeile ?? (p.pfad !== undefined ? Number(/\[(\d+)\]/.exec(p.pfad)?.[1] ?? -1) : -1);
  const spalteName = p.spalte ?? p.pfad?.match(/\]\.([a-z_]+)/)?.[1];
  const namen = spalten.get(basis);
  const spalte = spalteName === undefined ? -1 : (namen?.indexOf(spalteName) ?? 0);
  return [dateiIndex === -1 ? (p.datei.includes('/') || !p.datei.includes('.') ? -1 : basen.length) : dateiIndex, p.datei, zeile, spalte];
}

function vergleiche(a: Schluessel, b: Schluessel): number {
  return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) || a[2] - b[2] || a[3] - b[3];
}
