/** Small collecting helpers shared by the Kennzahlen modules. */

/** Appends `datensatz` to the list of `schluessel`. */
export function fuegeHinzu<T>(m: Map<string, T[]>, schluessel: string, datensatz: T): void {
  const liste = m.get(schluessel);
  if (liste === undefined) m.set(schluessel, [datensatz]);
  else liste.push(datensatz);
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
