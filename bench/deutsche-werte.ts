/** Cell formatting as German Excel writes it: amounts `1.234.567,89`, dates `dd.mm.yyyy`, quoted text. */

/** Formats integer cents as a German amount with thousands dots and two decimals: `1.234.567,89`. */
export function betragDe(cent: number): string {
  const euro = Math.floor(cent / 100);
  const rest = cent % 100;
  const ganz = String(euro).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${ganz},${rest < 10 ? '0' : ''}${rest}`;
}

/** Formats a count; from 1000 on with German thousands dots (`1.200`), as Excel does with the 1000 separator on. */
export function anzahlDe(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

const TAG_MS = 86_400_000;
const datumsCache = new Map<number, string>();

/** Formats a day number (days since 1970-01-01, UTC) as `dd.mm.yyyy`. */
export function datumDe(tag: number): string {
  let text = datumsCache.get(tag);
  if (text === undefined) {
    const d = new Date(tag * TAG_MS);
    const tt = String(d.getUTCDate()).padStart(2, '0');
    const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
    text = `${tt}.${mm}.${d.getUTCFullYear()}`;
    datumsCache.set(tag, text);
  }
  return text;
}

/** Day number of a calendar date (month 1–12). */
export function tagVon(jahr: number, monat: number, tag: number): number {
  return Date.UTC(jahr, monat - 1, tag) / TAG_MS;
}

/** Year of a day number. */
export function jahrVon(tag: number): number {
  return new Date(tag * TAG_MS).getUTCFullYear();
}

/** One CSV cell for a `;` file: quoted (RFC 4180) only when it holds `;`, `"` or a line break. */
export function zelle(text: string): string {
  if (!/[;"\r\n]/.test(text)) return text;
  return `"${text.replace(/"/g, '""')}"`;
}
