import { NACHWEIS_SCHEMA, type KennzahlNachweis, type Merkmale, type Nachweis } from './typen.js';

/** How a format turns one of its Belege into a figure and into its records. */
export interface BelegArt<B> {
  wert(beleg: B): number;
  kennzahl(beleg: B): KennzahlNachweis;
  merkmale(): Iterable<[string, Merkmale]>;
}

/** The Nachweis over a format's key → Beleg map: entries built per key on demand, values derived from the Belege. */
export function nachweisAusBelegenMap<B>(belege: ReadonlyMap<string, B>, jahr: number, cluster: string, art: BelegArt<B>): Nachweis {
  return {
    schema: NACHWEIS_SCHEMA,
    berichtsjahr: jahr,
    cluster,
    schluessel: [...belege.keys()],
    wert: (s) => {
      const beleg = belege.get(s);
      return beleg === undefined ? undefined : art.wert(beleg);
    },
    kennzahl: (s) => {
      const beleg = belege.get(s);
      return beleg === undefined ? undefined : art.kennzahl(beleg);
    },
    merkmale: () => art.merkmale(),
  };
}
