/**
 * CSV for spreadsheets (Excel first): German dialect by default (`;`, decimal comma, UTF-8 BOM, CRLF).
 * Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, TAB or CR)
 * get a leading apostrophe, so a hostile name from the export never becomes a live formula.
 * Numbers stay numbers: a negative amount is written as `-12,5`, not neutralised.
 */

/** Options for `schreibeCsv`. */
export interface CsvSchreibOptionen {
  /** Cell delimiter; `;` (default, German Excel, decimal comma) or `,` (decimal point). */
  trennzeichen?: ';' | ',';
  /** Start with a UTF-8 byte order mark so Excel detects the encoding; default true. */
  bom?: boolean;
}

/** First characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection list). */
const FORMEL_ANFANG = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Builds the CSV text: header line, then one line per row, every line ended by CRLF. */
export function schreibeCsv(kopf: readonly string[], zeilen: readonly (readonly (string | number)[])[], optionen: CsvSchreibOptionen = {}): string {
  const koerper = csvZeilen([kopf, ...zeilen], optionen.trennzeichen ?? ';');
  return (optionen.bom ?? true) ? `\uFEFF${koerper}` : koerper;
}

/** Rows only (no BOM, no header), each ended by CRLF: for writing a large CSV in pieces after `schreibeCsv(kopf, [])`. */
export function csvZeilen(zeilen: readonly (readonly (string | number)[])[], trennzeichen: ';' | ',' = ';'): string {
  const zeile = (zellen: readonly (string | number)[]): string =>
    zellen.map((z) => (typeof z === 'number' ? zahl(z, trennzeichen) : text(z, trennzeichen))).join(trennzeichen);
  return zeilen.map((z) => `${zeile(z)}\r\n`).join('');
}

/** A number in the dialect: decimal comma with `;`, decimal point with `,`; never quoted, never neutralised. */
function zahl(wert: number, trennzeichen: ';' | ','): string {
  if (!Number.isFinite(wert)) throw new RangeError(`CSV-Zelle: ${String(wert)} ist keine endliche Zahl.`);
  const punkt = String(Object.is(wert, -0) ? 0 : wert);
  return trennzeichen === ';' ? punkt.replace('.', ',') : punkt;
}

/** A text cell: formula characters neutralised, quoted when it holds the delimiter, a quote or a line break. */
function text(wert: string, trennzeichen: ';' | ','): string {
  const sicher = FORMEL_ANFANG.has(wert.charAt(0)) ? `'${wert}` : wert;
  const quoten = sicher.includes(trennzeichen) || /["\r\n]/.test(sicher) || /^\s|\s$/.test(sicher);
  return quoten ? `"${sicher.replace(/"/g, '""')}"` : sicher;
}
