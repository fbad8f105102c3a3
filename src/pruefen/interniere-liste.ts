/**
 * One frozen array per distinct list value. List columns (Beteiligte Cluster, Leitlinien,
 * Schwerpunkt-Themen) repeat a few combinations over millions of rows; sharing them keeps one
 * small array per combination instead of one growable array per cell. Nothing may change them.
 */
const LISTEN = new Map<string, readonly string[]>();
const GRENZE = 100_000;
const LEER: readonly string[] = Object.freeze([]);

/** The shared frozen copy of `werte` (same elements, same order). */
export function interniereListe<T extends string>(werte: readonly T[]): T[] {
  if (werte.length === 0) return LEER as T[];
  const schluessel = werte.join('\u0000');
  let liste = LISTEN.get(schluessel);
  if (liste === undefined) {
    if (LISTEN.size >= GRENZE) LISTEN.clear();
    liste = Object.freeze([...werte]);
    LISTEN.set(schluessel, liste);
  }
  return liste as T[];
}
