/** What `ewm-report erklaere` shows for a key or a key prefix: definition, value, records, exclusions. */
import { CliFehler, EXIT } from '../fehler.js';
import { naechsteSchluessel } from './naechste-schluessel.js';
import type { KennzahlNachweis, Nachweis } from './typen.js';

/** One explained key. */
export interface ErklaerteKennzahl extends KennzahlNachweis {
  schluessel: string;
  definition: string | undefined;
}

/** The explanation of one key, or of every key under a prefix. */
export interface Erklaerung {
  berichtsjahr: number;
  cluster: string;
  /** The key or prefix as asked. */
  anfrage: string;
  kennzahlen: ErklaerteKennzahl[];
}

/**
 * Explains `anfrage`: the key itself, else every key under it (`projekte.neu.2019.handlungsfeld`
 * → `….handlungsfeld.*`). An unknown key is an input error naming the nearest keys.
 */
export function erklaerung(nachweis: Nachweis, anfrage: string, definition: (schluessel: string) => string | undefined): Erklaerung {
  const alle = [...nachweis.schluessel].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const gesucht = anfrage.replace(/\.$/, '');
  const treffer = alle.includes(gesucht) ? [gesucht] : alle.filter((s) => s.startsWith(`${gesucht}.`));
  if (treffer.length === 0) {
    const naechste = naechsteSchluessel(gesucht, alle);
    throw new CliFehler(
      `Die Kennzahl "${anfrage}" gibt es im Bericht ${nachweis.berichtsjahr} für ${nachweis.cluster} nicht. ` +
        `Ähnliche Schlüssel: ${naechste.join(', ')}.`,
      { exitCode: EXIT.eingabe },
    );
  }
  return {
    berichtsjahr: nachweis.berichtsjahr,
    cluster: nachweis.cluster,
    anfrage,
    kennzahlen: treffer.map((s) => ({ schluessel: s, definition: definition(s), ...(nachweis.kennzahl(s) as KennzahlNachweis) })),
  };
}
