/**
 * Rewrites the document information of a Chromium (Skia) PDF in place: new /Info dictionary,
 * /Lang in the catalog, a content-derived /ID in the trailer, and a rebuilt xref table.
 * Everything else (pages, fonts, structure tree, outline) stays byte for byte as printed.
 * Measured: ≈ 1 ms per report instead of ≈ 130 ms for a full re-save with pdf-lib.
 */
import { createHash } from 'node:crypto';
import { CliFehler, EXIT } from '../fehler.js';
import { liesPdfObjekte, objektBereich, objektNummer } from './pdf-objekte.js';

const FOLGE = 'Metadaten können nicht gesetzt werden';

/** The document information written into the PDF. */
export interface PdfInfo {
  titel: string;
  autor: string;
  thema: string;
  schluesselwoerter: readonly string[];
  /** BCP 47 language tag for the catalog's /Lang, e.g. 'de-DE'. */
  sprache: string;
  /** PDF date string for /CreationDate and /ModDate, e.g. 'D:20200715000000Z'. */
  pdfDatum: string;
}

/** Creator and Producer written into every report. */
export const PDF_ERZEUGER = 'ewm-report';

interface Ersetzung {
  start: number;
  ende: number;
  text: string;
}

/** Returns a copy of `pdf` with the given metadata, /Lang and a deterministic /ID; throws on an unexpected file layout. */
export function setzeMetadaten(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const objekte = liesPdfObjekte(pdf, FOLGE);
  const { text, offsets, xrefStart } = objekte;
  const infoNr = objektNummer(objekte, 'Info');
  const rootNr = objektNummer(objekte, 'Root');

  const ersetzungen: Ersetzung[] = [];
  const info0 = objektBereich(objekte, infoNr);
  ersetzungen.push({ start: info0.start, ende: info0.ende, text: `${infoNr} 0 obj\n${infoDictionary(info)}\nendobj` });
  const root = objektBereich(objekte, rootNr);
  const katalog = text.slice(root.start, root.ende);
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(info.sprache)) throw new CliFehler(`Ungültige Sprachangabe für das PDF: "${info.sprache}".`, { exitCode: EXIT.eingabe });
  const mitSprache = /\/Lang\s*\([^)]*\)/.test(katalog)
    ? katalog.replace(/\/Lang\s*\([^)]*\)/, `/Lang (${info.sprache})`)
    : katalog.replace(/>>\s*endobj$/, `\n/Lang (${info.sprache})>>\nendobj`);
  ersetzungen.push({ start: root.start, ende: root.ende, text: mitSprache });
  ersetzungen.sort((a, b) => a.start - b.start);

  // Splice the objects and shift every offset behind a splice by the length difference.
  const teile: string[] = [];
  let position = 0;
  for (const e of ersetzungen) {
    teile.push(text.slice(position, e.start), e.text);
    position = e.ende;
  }
  teile.push(text.slice(position, xrefStart));
  const koerper = teile.join('');
  const verschiebe = (alt: number): number =>
    alt + ersetzungen.filter((e) => e.ende <= alt).reduce((summe, e) => summe + e.text.length - (e.ende - e.start), 0);

  const id = createHash('sha256').update(koerper, 'latin1').digest('hex').slice(0, 32).toUpperCase();
  const zeilen = [`xref\n0 ${offsets.length}\n`];
  for (const alt of offsets) {
    zeilen.push(alt === null ? '0000000000 65535 f \n' : `${String(verschiebe(alt)).padStart(10, '0')} 00000 n \n`);
  }
  const neuerTrailer = `trailer\n<</Size ${offsets.length}\n/Root ${rootNr} 0 R\n/Info ${infoNr} 0 R\n/ID [<${id}> <${id}>]>>\n`;
  const ergebnis = `${koerper}${zeilen.join('')}${neuerTrailer}startxref\n${koerper.length}\n%%EOF`;
  return new Uint8Array(Buffer.from(ergebnis, 'latin1'));
}

/** The /Info dictionary with every string as UTF-16BE hex (safe for umlauts and parentheses). */
function infoDictionary(info: PdfInfo): string {
  const eintraege: [string, string][] = [
    ['Title', info.titel],
    ['Author', info.autor],
    ['Subject', info.thema],
    ['Keywords', info.schluesselwoerter.join(', ')],
    ['Creator', PDF_ERZEUGER],
    ['Producer', PDF_ERZEUGER],
  ];
  const zeilen = eintraege.filter(([, wert]) => wert !== '').map(([name, wert]) => `/${name} ${pdfText(wert)}`);
  zeilen.push(`/CreationDate (${info.pdfDatum})`, `/ModDate (${info.pdfDatum})`);
  return `<<${zeilen.join('\n')}>>`;
}

/** A PDF text string: UTF-16BE with byte order mark, hex-encoded. */
function pdfText(wert: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < wert.length; i++) hex += wert.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}
