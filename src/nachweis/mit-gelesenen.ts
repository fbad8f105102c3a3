/** Runs a builder on Kennzahlen and records which keys it read, with their values (for number marks). */
export function mitGelesenen<T>(k: Readonly<Record<string, number>>, bau: (k: Readonly<Record<string, number>>) => T): { ergebnis: T; gelesen: Map<string, number> } {
  const gelesen = new Map<string, number>();
  const aufzeichnend = new Proxy(k, {
    get(ziel: Readonly<Record<string, number>>, s: string | symbol) {
      const w = ziel[s as string];
      if (typeof s === 'string' && typeof w === 'number') gelesen.set(s, w);
      return w;
    },
  });
  return { ergebnis: bau(aufzeichnend), gelesen };
}
