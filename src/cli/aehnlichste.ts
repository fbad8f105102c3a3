/** "Meinten Sie …?": the candidates closest to a mistyped word (Damerau-Levenshtein distance). */

/** The candidates within a small edit distance of `wort` (best first); empty when none is close. */
export function aehnlichste(wort: string, kandidaten: readonly string[]): string[] {
  const w = wort.toLowerCase();
  const grenze = Math.max(1, Math.min(3, Math.floor(w.length / 3)));
  const bewertet = kandidaten
    .map((k) => ({ k, d: abstand(w, k.toLowerCase()), praefix: k.toLowerCase().startsWith(w) && w.length >= 3 }))
    .filter((x) => x.d <= grenze || x.praefix);
  const bestes = Math.min(...bewertet.map((x) => x.d));
  return bewertet.filter((x) => x.d === bestes || x.praefix).sort((a, b) => a.d - b.d).map((x) => x.k);
}

/** " Meinten Sie "a" oder "b"?" (with a leading space), or '' when nothing is close. */
export function meintenSie(wort: string, kandidaten: readonly string[]): string {
  const treffer = aehnlichste(wort, kandidaten).slice(0, 3);
  if (treffer.length === 0) return '';
  return ` Meinten Sie ${treffer.map((t) => `"${t}"`).join(' oder ')}?`;
}

/** Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps). */
function abstand(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const kosten = a[i - 1] === b[j - 1] ? 0 : 1;
      const zeile = d[i] as number[];
      const vorher = d[i - 1] as number[];
      zeile[j] = Math.min((vorher[j] as number) + 1, (zeile[j - 1] as number) + 1, (vorher[j - 1] as number) + kosten);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        zeile[j] = Math.min(zeile[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}
