/**
 * The map heading → page handed to the template. Chromium writes a heading's outline title
 * from its line boxes and drops the space where the heading wraps ("Ergebnis- undWirkungs…"),
 * so lookups here ignore whitespace: `get('… und Wirkungsmonitoring')` finds it either way.
 */
import { normalisiereUeberschrift } from './normalisiere-ueberschrift.js';

/** Whitespace-insensitive comparison key of a heading. */
function vergleichsSchluessel(titel: string): string {
  return normalisiereUeberschrift(titel).replace(/\s/g, '');
}

/** Map of normalised heading text → 1-based page whose get/has ignore whitespace and soft hyphens. */
export class SeitenZuordnung extends Map<string, number> {
  private readonly index = new Map<string, number>();

  override set(titel: string, seite: number): this {
    super.set(titel, seite);
    this.index.set(vergleichsSchluessel(titel), seite);
    return this;
  }

  override get(titel: string): number | undefined {
    return super.get(titel) ?? this.index.get(vergleichsSchluessel(titel));
  }

  override has(titel: string): boolean {
    return super.has(titel) || this.index.has(vergleichsSchluessel(titel));
  }

  override delete(titel: string): boolean {
    this.index.delete(vergleichsSchluessel(titel));
    return super.delete(titel);
  }

  override clear(): void {
    this.index.clear();
    super.clear();
  }
}
