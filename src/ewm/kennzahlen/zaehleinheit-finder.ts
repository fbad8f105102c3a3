/** Zähleinheit (counting unit) of actors: roll-up through `uebergeordnet`. */
import type { Akteur } from '../model/typen.js';

/**
 * Returns a lookup actor id → its Zähleinheit: the actor itself if it is a `forschungsinstitut`
 * or has no (known) parent, else the Zähleinheit of its parent. Memoised, O(1) amortised per call.
 * On a cycle (invalid input) an actor counts as itself, whatever the call order. Unknown ids give undefined.
 */
export function zaehleinheitFinder(akteure: readonly Akteur[]): (id: string) => Akteur | undefined {
  const nachId = new Map<string, Akteur>();
  for (const a of akteure) if (!nachId.has(a.id)) nachId.set(a.id, a);
  const gemerkt = new Map<string, Akteur>();

  return (id: string): Akteur | undefined => {
    const bekannt = gemerkt.get(id);
    if (bekannt !== undefined) return bekannt;
    const start = nachId.get(id);
    if (start === undefined) return undefined;

    const kette: Akteur[] = [];
    const besucht = new Set<string>();
    let aktuell: Akteur = start;
    let ergebnis: Akteur | undefined;
    for (;;) {
      const vorher = gemerkt.get(aktuell.id);
      if (vorher !== undefined) { ergebnis = vorher; break; }
      kette.push(aktuell);
      besucht.add(aktuell.id);
      if (aktuell.typ === 'forschungsinstitut' || aktuell.uebergeordnet === undefined) { ergebnis = aktuell; break; }
      const eltern = nachId.get(aktuell.uebergeordnet);
      if (eltern === undefined) { ergebnis = aktuell; break; }
      if (besucht.has(eltern.id)) {
        gemerkt.set(start.id, start);
        return start;
      }
      aktuell = eltern;
    }
    for (const a of kette) gemerkt.set(a.id, ergebnis);
    return ergebnis;
  };
}
