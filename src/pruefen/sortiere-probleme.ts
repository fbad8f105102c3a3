/** Deterministic order of problems: file (contract order), then line or record, then column order. */
import type { Problem } from '../fehler.js';
import { TABELLEN } from './tabellen.js';

const DATEI_BASIS = ['cluster', ...TABELLEN.map((t) => t.name), 'bericht'];

/** Sorts a copy of `probleme`; ties keep their original order. */
export function sortiereProbleme(probleme: readonly Problem[]): Problem[] {
  return probleme
    .map((p, i) => ({ p, i, s: schluessel(p) }))
    .sort((a, b) => vergleiche(a.s, b.s) || a.i - b.i)
    .map((x) => x.p);
}

type Schluessel = [number, string, number, number];

function schluessel(p: Problem): Schluessel {
  const basis = p.datei.replace(/\.(csv|json)$/, '');
  const dateiIndex = DATEI_BASIS.indexOf(basis);
  const zeile = p.zeile ?? (p.pfad !== undefined ? Number(/\[(\d+)\]/.exec(p.pfad)?.[1] ?? -1) : -1);
  const spalteName = p.spalte ?? p.pfad?.match(/\]\.([a-z_]+)/)?.[1];
  const tabelle = TABELLEN.find((t) => t.name === basis);
  const spalte = spalteName === undefined ? -1 : (tabelle?.spalten.findIndex((s) => s.name === spalteName) ?? 0);
  return [dateiIndex === -1 ? (p.datei.includes('/') || !p.datei.includes('.') ? -1 : DATEI_BASIS.length) : dateiIndex, p.datei, zeile, spalte];
}

function vergleiche(a: Schluessel, b: Schluessel): number {
  return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) || a[2] - b[2] || a[3] - b[3];
}
