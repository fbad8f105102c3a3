/**
 * A small seeded PRNG (mulberry32) with the helpers the export generator needs. Same seed → same
 * sequence on every machine and Node version (integer arithmetic only, no Math.random).
 */
export class Zufall {
  private zustand: number;

  constructor(seed: number) {
    this.zustand = seed >>> 0;
  }

  /** Next float in [0, 1). */
  zahl(): number {
    this.zustand = (this.zustand + 0x6d2b79f5) >>> 0;
    let t = this.zustand;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  ganz(n: number): number {
    return Math.floor(this.zahl() * n);
  }

  /** Integer in [von, bis] (both inclusive). */
  zwischen(von: number, bis: number): number {
    return von + this.ganz(bis - von + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.zahl() < p;
  }

  /** One element of a non-empty array. */
  wahl<T>(werte: readonly T[]): T {
    return werte[this.ganz(werte.length)] as T;
  }

  /** One element by weight: `[[wert, gewicht], ...]`. */
  gewichtet<T>(tabelle: readonly (readonly [T, number])[]): T {
    let summe = 0;
    for (const [, g] of tabelle) summe += g;
    let r = this.zahl() * summe;
    for (const [wert, g] of tabelle) {
      r -= g;
      if (r < 0) return wert;
    }
    return (tabelle[tabelle.length - 1] as readonly [T, number])[0];
  }
}

/** Derives an independent seed for a sub-stream (one per file), so files do not depend on each other. */
export function abgeleiteterSeed(seed: number, strom: number): number {
  let h = (seed ^ Math.imul(strom + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
