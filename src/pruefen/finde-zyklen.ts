/** Cycle detection in the `uebergeordnet` graph of akteure. */

/**
 * Returns every cycle once, each starting at its member that comes first in `reihenfolge`
 * and listed along the parent links back to that member (e.g. `[A, B, A]`).
 */
export function findeZyklen(eltern: ReadonlyMap<string, string>, reihenfolge: readonly string[]): string[][] {
  const position = new Map(reihenfolge.map((id, i) => [id, i]));
  const erledigt = new Set<string>();
  const zyklen: string[][] = [];
  for (const start of reihenfolge) {
    if (erledigt.has(start)) continue;
    const pfad: string[] = [];
    const imPfad = new Map<string, number>();
    let knoten: string | undefined = start;
    while (knoten !== undefined && !erledigt.has(knoten) && !imPfad.has(knoten)) {
      imPfad.set(knoten, pfad.length);
      pfad.push(knoten);
      knoten = eltern.get(knoten);
    }
    if (knoten !== undefined && imPfad.has(knoten)) {
      const ring = pfad.slice(imPfad.get(knoten));
      let erster = 0;
      ring.forEach((id, i) => {
        if ((position.get(id) ?? Infinity) < (position.get(ring[erster] as string) ?? Infinity)) erster = i;
      });
      const gedreht = [...ring.slice(erster), ...ring.slice(0, erster)];
      zyklen.push([...gedreht, gedreht[0] as string]);
    }
    for (const id of pfad) erledigt.add(id);
  }
  return zyklen;
}
