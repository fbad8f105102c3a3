/** Small counting helpers shared by the Kennzahlen modules. */

/** Adds `n` to the count of `schluessel`. */
export function erhoehe(m: Map<string, number>, schluessel: string, n = 1): void {
  m.set(schluessel, (m.get(schluessel) ?? 0) + n);
}

/** Calls `f` once per distinct value of `werte`, ignoring `ausser` (order of first occurrence). */
export function jeWertEinmal(werte: readonly string[], ausser: string | undefined, f: (wert: string) => void): number {
  let anzahl = 0;
  for (let i = 0; i < werte.length; i++) {
    const w = werte[i] as string;
    if (w === ausser) continue;
    let doppelt = false;
    for (let k = 0; k < i; k++) if (werte[k] === w) { doppelt = true; break; }
    if (doppelt) continue;
    anzahl++;
    f(w);
  }
  return anzahl;
}
