/** The keys nearest to a mistyped one (edit distance), for "Meinten Sie …?". */

function abstand(a: string, b: string): number {
  let vorher = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const jetzt = [i];
    for (let j = 1; j <= b.length; j++) {
      jetzt[j] = Math.min((vorher[j] as number) + 1, (jetzt[j - 1] as number) + 1, (vorher[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    vorher = jetzt;
  }
  return vorher[b.length] as number;
}

/** Up to `anzahl` keys by edit distance (ties in code-unit order); keys the input is a prefix of come first. */
export function naechsteSchluessel(eingabe: string, schluessel: readonly string[], anzahl = 5): string[] {
  return schluessel
    .map((s) => ({ s, d: s.startsWith(eingabe) ? -1 : abstand(eingabe, s) }))
    .sort((a, b) => a.d - b.d || (a.s < b.s ? -1 : a.s > b.s ? 1 : 0))
    .slice(0, anzahl)
    .map((e) => e.s);
}
