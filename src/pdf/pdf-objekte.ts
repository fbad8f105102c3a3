/**
 * Reading the classic, uncompressed object layout Chromium (Skia) writes: the xref table, the
 * trailer and single objects by number. Enough for the outline and the metadata rewrite, nothing more.
 */
import { CliFehler, EXIT } from '../fehler.js';

/** A parsed PDF: its text (latin1, one char per byte), object offsets, the trailer and where the xref starts. */
export interface PdfObjekte {
  text: string;
  /** Byte offset by object number (null = free entry). */
  offsets: (number | null)[];
  trailer: string;
  xrefStart: number;
  trailerStart: number;
  /** What fails when the layout is unexpected, for the error message ("Metadaten können nicht gesetzt werden"). */
  folge: string;
}

/** Parses the xref table and trailer of `pdf`; throws on incremental updates, xref streams or encryption. */
export function liesPdfObjekte(pdf: Uint8Array, folge: string): PdfObjekte {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const trailerStart = text.lastIndexOf('\ntrailer');
  const startxrefTreffer = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (trailerStart < 0 || startxrefTreffer?.[1] === undefined) throw pdfAufbauFehler('kein klassischer Trailer', folge);
  const xrefStart = Number(startxrefTreffer[1]);
  if (!text.startsWith('xref', xrefStart) || xrefStart > trailerStart) throw pdfAufbauFehler('keine xref-Tabelle', folge);
  const trailer = text.slice(trailerStart + 1, startxrefTreffer.index);
  if (/\/Prev\b|\/XRefStm\b|\/Encrypt\b/.test(trailer)) throw pdfAufbauFehler('inkrementelle Aktualisierung oder Verschlüsselung', folge);
  return { text, offsets: liesXref(text.slice(xrefStart, trailerStart + 1), folge), trailer, xrefStart, trailerStart, folge };
}

/** Parses a classic xref table into offsets by object number (null = free entry). */
function liesXref(tabelle: string, folge: string): (number | null)[] {
  const offsets: (number | null)[] = [];
  const zeilen = tabelle.split(/\r?\n|\r/).slice(1);
  let i = 0;
  while (i < zeilen.length) {
    const kopf = /^(\d+) (\d+)\s*$/.exec(zeilen[i] ?? '');
    if (kopf === null) break;
    const erstes = Number(kopf[1]);
    const anzahl = Number(kopf[2]);
    for (let k = 0; k < anzahl; k++) {
      const eintrag = /^(\d{10}) (\d{5}) ([nf])/.exec(zeilen[i + 1 + k] ?? '');
      if (eintrag === null) throw pdfAufbauFehler('fehlerhafte xref-Zeile', folge);
      offsets[erstes + k] = eintrag[3] === 'n' ? Number(eintrag[1]) : null;
    }
    i += 1 + anzahl;
  }
  if (offsets.length === 0) throw pdfAufbauFehler('leere xref-Tabelle', folge);
  return Array.from(offsets, (o) => o ?? null);
}

/** Reads `/Name N 0 R` from a dictionary text (the trailer, a catalog, …); undefined when absent. */
export function verweis(dictionary: string, name: string): number | undefined {
  const treffer = new RegExp(`/${name}\\s+(\\d+)\\s+0\\s+R`).exec(dictionary);
  return treffer?.[1] === undefined ? undefined : Number(treffer[1]);
}

/** Reads `/Name N 0 R` from the trailer; throws when it is missing. */
export function objektNummer(pdf: PdfObjekte, name: string): number {
  const nummer = verweis(pdf.trailer, name);
  if (nummer === undefined) throw pdfAufbauFehler(`kein /${name} im Trailer`, pdf.folge);
  return nummer;
}

/** The byte range `N 0 obj … endobj` of a small uncompressed object (no stream). */
export function objektBereich(pdf: PdfObjekte, nummer: number): { start: number; ende: number } {
  const start = pdf.offsets[nummer];
  if (start === null || start === undefined || !pdf.text.startsWith(`${nummer} 0 obj`, start)) throw pdfAufbauFehler(`Objekt ${nummer} nicht gefunden`, pdf.folge);
  const ende = pdf.text.indexOf('endobj', start);
  if (ende < 0 || pdf.text.slice(start, ende).includes('stream')) throw pdfAufbauFehler(`Objekt ${nummer} unlesbar`, pdf.folge);
  return { start, ende: ende + 'endobj'.length };
}

/** The text of object `nummer` between `N 0 obj` and `endobj`. */
export function objektText(pdf: PdfObjekte, nummer: number): string {
  const { start, ende } = objektBereich(pdf, nummer);
  return pdf.text.slice(start + `${nummer} 0 obj`.length, ende - 'endobj'.length);
}

/** The error for a PDF whose layout is not what Chromium writes. */
export function pdfAufbauFehler(grund: string, folge: string): CliFehler {
  return new CliFehler(`Unerwarteter PDF-Aufbau von Chromium (${grund}); ${folge}.`, { exitCode: EXIT.intern });
}
