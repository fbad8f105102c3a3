/** Formats rows as a plain text table with aligned columns (for terminals and CI logs). */
export function formatiereTabelle(kopf: string[], zeilen: string[][], rechtsbuendig: number[] = []): string {
  const breiten = kopf.map((k, i) => Math.max(k.length, ...zeilen.map((z) => (z[i] ?? '').length)));
  const fuelle = (werte: string[]): string =>
    werte
      .map((w, i) => (rechtsbuendig.includes(i) ? w.padStart(breiten[i] ?? 0) : w.padEnd(breiten[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const linie = breiten.map((b) => '─'.repeat(b)).join('  ');
  return [fuelle(kopf), linie, ...zeilen.map(fuelle)].join('\n');
}
