/**
 * Repetition scheme of every case: one warm-up of each step, then `anzahl` rounds in which the steps
 * run in turn (case and baseline interleaved, so drift of a noisy machine hits both alike).
 */
import type { Messung } from './messe-prozess.js';

export type Schritt = () => Promise<Messung>;

/** Thrown when a measured command exits with a non-zero code; carries its stderr. */
export class LaufFehler extends Error {}

/** Runs the warm-up and the rounds; returns the measurements per step (warm-up excluded). */
export async function wiederhole(anzahl: number, schritte: Record<string, Schritt>, melde: (text: string) => void): Promise<Record<string, Messung[]>> {
  const ergebnis: Record<string, Messung[]> = {};
  for (const [name, schritt] of Object.entries(schritte)) {
    const m = pruefe(name, await schritt());
    melde(`  Aufwärmen ${name}: ${m.sekunden.toFixed(2)} s`);
    ergebnis[name] = [];
  }
  for (let runde = 1; runde <= anzahl; runde++) {
    const teile: string[] = [];
    for (const [name, schritt] of Object.entries(schritte)) {
      const m = pruefe(name, await schritt());
      (ergebnis[name] as Messung[]).push(m);
      teile.push(`${name} ${m.sekunden.toFixed(2)} s`);
    }
    melde(`  Runde ${runde}/${anzahl}: ${teile.join(', ')}`);
  }
  return ergebnis;
}

function pruefe(name: string, m: Messung): Messung {
  if (m.exitCode !== 0) throw new LaufFehler(`${name} endete mit Exitcode ${m.exitCode}: ${m.stderr.trim().slice(-600)}`);
  return m;
}
