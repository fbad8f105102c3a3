/** The up to `anzahl` keys nearest to `gesucht` (edit distance, then alphabetical), for "Meinten Sie …?". */
export function naechsteSchluessel(gesucht: string, schluessel: Iterable<string>, anzahl = 3): string[] {
  return [...schluessel]
    .map((k) => ({ k, d: abstand(gesucht, k) }))
    .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .slice(0, anzahl)
    .map((e) => e.k);
}

/** Levenshtein distance. */
function abstand(a: string, b: string): number {
  let vorher = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const jetzt = [i];
    for (let j = 1; j <= b.length; j++) {
      jetzt[j] = Math.min((vorher[j] ?? 0) + 1, (jetzt[j - 1] ?? 0) + 1, (vorher[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    vorher = jetzt;
  }
  return vorher[b.length] ?? 0;
}
