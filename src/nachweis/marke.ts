/**
 * Number marks: a format wraps a computed number's text in invisible sentinels naming its keys;
 * after the template is filled, `ersetzeMarken` turns them into links to the Nachweis appendix
 * (HTML) or drops them (PDF). Private-use characters survive HTML escaping and never reach output.
 */

export const MARKE_START = '\uE000';
export const MARKE_TEXT = '\uE001';
export const MARKE_ENDE = '\uE002';

/** How a mark relates its text to its keys (see `marke`). */
export type MarkenArt = 'summe' | 'einer' | 'aus';

/** What a sentence builder marks a number's text with: `marke` when the report links numbers, `ohneMarke` otherwise. */
export type Markierer = (schluessel: string | readonly string[], text: string, art?: MarkenArt) => string;

/** The `Markierer` of a report without number links: the text stays as it is. */
export const ohneMarke: Markierer = (_schluessel, text) => text;

/**
 * `text` marked as the value of `schluessel`: one key; several keys summed (`summe`, e.g. a table's
 * Summe row); one of several keys of the same value that the text cannot tell apart (`einer`); or a
 * number computed from the keys (`aus`: a percentage, a change such as "verdreifacht").
 */
export function marke(schluessel: string | readonly string[], text: string, art: MarkenArt = 'summe'): string {
  const liste = typeof schluessel === 'string' ? [schluessel] : schluessel;
  if (liste.length === 0) return text;
  const praefix = art === 'aus' ? '~' : art === 'einer' && liste.length > 1 ? '|' : '';
  return `${MARKE_START}${praefix}${liste.join(' ')}${MARKE_TEXT}${text}${MARKE_ENDE}`;
}
