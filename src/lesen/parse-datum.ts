/** Date parsing: `dd.mm.yyyy`, `d.m.yyyy` or ISO `yyyy-mm-dd`, to ISO; impossible dates are invalid. */

const DEUTSCH = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parsed dates by their text. An export has a few thousand distinct dates but millions of date cells:
 * the cache saves the parsing and, more, keeps one ISO string per date instead of one per cell.
 */
const CACHE = new Map<string, string | undefined>();
const CACHE_GRENZE = 100_000;

/** Returns the ISO date `yyyy-mm-dd`, or undefined when the text is no valid date. */
export function parseDatum(text: string): string | undefined {
  const bekannt = CACHE.get(text);
  if (bekannt !== undefined || CACHE.has(text)) return bekannt;
  const ergebnis = parseNeu(text);
  if (CACHE.size >= CACHE_GRENZE) CACHE.clear();
  CACHE.set(text, ergebnis);
  return ergebnis;
}

function parseNeu(text: string): string | undefined {
  const s = text.trim();
  let jahr: number;
  let monat: number;
  let tag: number;
  const de = DEUTSCH.exec(s);
  if (de) {
    tag = Number(de[1]);
    monat = Number(de[2]);
    jahr = Number(de[3]);
  } else {
    const iso = ISO.exec(s);
    if (!iso) return undefined;
    jahr = Number(iso[1]);
    monat = Number(iso[2]);
    tag = Number(iso[3]);
  }
  if (monat < 1 || monat > 12 || tag < 1 || tag > tageImMonat(jahr, monat)) return undefined;
  return `${String(jahr).padStart(4, '0')}-${String(monat).padStart(2, '0')}-${String(tag).padStart(2, '0')}`;
}

/** Number of days of a month in the Gregorian calendar. */
function tageImMonat(jahr: number, monat: number): number {
  if (monat === 2) return (jahr % 4 === 0 && jahr % 100 !== 0) || jahr % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(monat) ? 30 : 31;
}

/** Formats an ISO date as German `dd.mm.yyyy` for messages. */
export function deutschesDatum(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}
