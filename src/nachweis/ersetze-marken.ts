import { MARKE_ENDE, MARKE_START, MARKE_TEXT } from './marke.js';

const MUSTER = new RegExp(`${MARKE_START}([|~]?[A-Za-z0-9_.+-]+(?: [A-Za-z0-9_.+-]+)*)${MARKE_TEXT}([^${MARKE_START}${MARKE_TEXT}${MARKE_ENDE}]*)${MARKE_ENDE}`, 'g');
const SCHLUESSEL = /^[A-Za-z0-9_.+-]+$/;
const REST = new RegExp(`[${MARKE_START}${MARKE_TEXT}${MARKE_ENDE}]`, 'g');

/** The id of a key's entry in the appendix. */
export function nachweisId(schluessel: string): string {
  return `nw-${schluessel}`;
}

/**
 * Replaces the number marks in a filled (escaped) HTML document: with `verweise` each becomes a link to
 * the key's appendix entry, carrying all its keys; otherwise only the number's text stays. Returns the
 * keys linked, in order of first use. Stray sentinels (from data) are removed.
 */
export function ersetzeMarken(html: string, verweise: boolean): { html: string; schluessel: string[] } {
  const benutzt = new Set<string>();
  const ersetzt = html.replace(MUSTER, (_, liste: string, text: string) => {
    const art = liste.charAt(0);
    const schluessel = (art === '|' || art === '~' ? liste.slice(1) : liste).split(' ').filter((s) => SCHLUESSEL.test(s));
    if (!verweise || schluessel.length === 0) return text;
    for (const s of schluessel) benutzt.add(s);
    const wie = art === '~' ? 'berechnet aus' : art === '|' ? 'eine von (gleicher Wert)' : 'Summe aus';
    const titel = schluessel.length === 1 && art !== '~' ? schluessel[0] : `${wie} ${schluessel.join(', ')}`;
    return `<a class="kz" href="#${nachweisId(schluessel[0] as string)}" data-kennzahl="${schluessel.join(' ')}" title="${titel}">${text}</a>`;
  });
  return { html: ersetzt.replace(REST, ''), schluessel: [...benutzt] };
}
