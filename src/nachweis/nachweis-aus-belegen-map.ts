import { NACHWEIS_SCHEMA, type KennzahlNachweis, type KennzahlStrom, type Merkmale, type Nachweis } from './typen.js';

/** How a format turns one of its Belege into a figure and into its records (built one by one as they are read). */
export interface BelegArt<B> {
  wert(beleg: B): number;
  strom(beleg: B): KennzahlStrom;
  merkmale(): Iterable<[string, Merkmale]>;
}

/** A figure with its records as a list. */
function alsListe(k: KennzahlStrom): KennzahlNachweis {
  return { ...k, datensaetze: [...k.datensaetze] };
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
      return beleg === undefined ? undefined : alsListe(art.strom(beleg));
    },
    kennzahlStrom: (s) => {
      const beleg = belege.get(s);
      return beleg === undefined ? undefined : art.strom(beleg);
    },
    merkmale: () => art.merkmale(),
  };
}
