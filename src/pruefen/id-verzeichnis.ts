import type { Herkunftsort } from '../model/typen.js';

/**
 * The ids of one kind of record (Vorhaben or Akteure) with their first location and a running number.
 * The number lets the cross-file rules work in typed arrays; one map serves lookups, repeats and numbers.
 */
export class IdVerzeichnis {
  private readonly nummern = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly orte: Herkunftsort[] = [];

  /** Registers `id` at `ort`; returns the earlier location when the id was seen before (and keeps that one). */
  merke(id: string, ort: Herkunftsort): Herkunftsort | undefined {
    const nr = this.nummern.get(id);
    if (nr !== undefined) return this.orte[nr];
    this.nummern.set(id, this.ids.length);
    this.ids.push(id);
    this.orte.push(ort);
    return undefined;
  }

  /** The running number of `id` (in order of first appearance), or undefined. */
  nummer(id: string): number | undefined {
    return this.nummern.get(id);
  }

  /** The id string with number `nr` (the same string object the records hold). */
  id(nr: number): string | undefined {
    return this.ids[nr];
  }

  has(id: string): boolean {
    return this.nummern.has(id);
  }

  /** Every id in order of first appearance. */
  alle(): readonly string[] {
    return this.ids;
  }

  get size(): number {
    return this.ids.length;
  }
}
