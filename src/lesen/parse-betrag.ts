/**
 * Parses German and plain EUR amounts to integer cents from their digits (never float math).
 *
 * Accepted: `69200000`, `69200000.50`, `69.200.000,50`, `69200000,50`, optionally with ` €` / ` EUR`
 * and a leading minus. A comma is always the decimal mark. A dot is a thousands separator when it
 * groups digits by three (`1.500`, `69.200.000`) in a `;` file or next to a decimal comma; otherwise
 * a single dot is the decimal mark (`,` files, JSON strings, `69200000.50`).
 */

/** Dialect that decides what a lone dot means: `;` (German Excel) or `.` (dot is the decimal mark). */
export type ZahlDialekt = ';' | '.';

const WAEHRUNG = /\s*(€|eur)$/i;
const TAUSENDER_PUNKT = /^\d{1,3}(\.\d{3})+$/;
const NUR_ZIFFERN = /^\d+$/;
/** Largest accepted amount in euros (keeps cents within Number.MAX_SAFE_INTEGER). */
const MAX_EURO = 10_000_000_000_000;

/** Returns cents, or undefined when the text is no valid amount (also for more than two non-zero decimals). */
export function parseBetrag(text: string, dialekt: ZahlDialekt): number | undefined {
  if (NUR_ZIFFERN.test(text) && text.length <= 13) return Number(text) * 100;
  let s = text.trim();
  const letztes = s.charCodeAt(s.length - 1);
  if (letztes === 0x20ac || letztes === 0x52 || letztes === 0x72) s = s.replace(WAEHRUNG, '');
  let vorzeichen = 1;
  if (s.startsWith('-')) {
    vorzeichen = -1;
    s = s.slice(1).trimStart();
  }
  let ganz: string;
  let bruch = '';
  const komma = s.indexOf(',');
  if (komma !== -1) {
    if (s.indexOf(',', komma + 1) !== -1) return undefined;
    ganz = s.slice(0, komma);
    bruch = s.slice(komma + 1);
    if (ganz.includes('.')) {
      if (!TAUSENDER_PUNKT.test(ganz)) return undefined;
      ganz = ganz.replace(/\./g, '');
    }
  } else if (s.includes('.')) {
    if (TAUSENDER_PUNKT.test(s) && (dialekt === ';' || s.indexOf('.') !== s.lastIndexOf('.'))) {
      ganz = s.replace(/\./g, '');
    } else {
      const punkt = s.indexOf('.');
      if (s.indexOf('.', punkt + 1) !== -1) return undefined;
      ganz = s.slice(0, punkt);
      bruch = s.slice(punkt + 1);
    }
  } else {
    ganz = s;
  }
  if (bruch.length > 2 && /^\d{2}0+$/.test(bruch)) bruch = bruch.slice(0, 2);
  if (!NUR_ZIFFERN.test(ganz) || bruch.length > 2 || (bruch !== '' && !NUR_ZIFFERN.test(bruch))) return undefined;
  if (komma !== -1 && bruch === '') return undefined;
  const euro = Number(ganz);
  if (euro > MAX_EURO) return undefined;
  const cent = bruch === '' ? 0 : Number(bruch.length === 1 ? `${bruch}0` : bruch);
  return vorzeichen * (euro * 100 + cent);
}

/** Converts a JSON number of euros (e.g. 69200000.5) to cents; undefined for more than two decimals. */
export function euroZahlZuCent(euro: number): number | undefined {
  if (!Number.isFinite(euro)) return undefined;
  const text = String(Math.abs(euro));
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return undefined;
  const cent = parseBetrag(text, '.');
  return cent === undefined ? undefined : Math.sign(euro) * cent;
}

/** Parses a count (integer, German thousands dots allowed in `;` files); undefined when invalid. */
export function parseGanzzahl(text: string, dialekt: ZahlDialekt): number | undefined {
  const s = text.trim();
  if (WAEHRUNG.test(s)) return undefined;
  const cent = parseBetrag(s, dialekt);
  if (cent === undefined || cent % 100 !== 0) return undefined;
  return cent / 100;
}
