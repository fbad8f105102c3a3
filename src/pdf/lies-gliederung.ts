/**
 * Reads a PDF's outline (bookmarks) and returns on which page each heading landed. Chromium writes
 * the outline from the h1–h6 headings when printing with `outline: true`, as plain uncompressed
 * objects: /Outlines → /First, /Next, each entry with /Title and /Dest [page 0 R /XYZ …]. Reading
 * those few objects directly takes about a millisecond (pdfjs took ≈ 100 ms to load and parse).
 */
import { normalisiereUeberschrift } from './normalisiere-ueberschrift.js';
import { liesPdfObjekte, objektNummer, objektText, pdfAufbauFehler, verweis, type PdfObjekte } from './pdf-objekte.js';
import { pdfTextString } from './pdf-text-string.js';
import { SeitenZuordnung } from './seiten-zuordnung.js';

const FOLGE = 'die Seitenzahlen des Inhaltsverzeichnisses können nicht gelesen werden';

/** Result of reading a printed PDF: heading → 1-based page, and the page count. */
export interface Gliederung {
  /** Normalised heading text → 1-based page number; the first heading wins when texts repeat; lookups ignore whitespace. */
  seiten: SeitenZuordnung;
  seitenzahl: number;
}

/** Reads heading pages from the outline of `pdf` (the input stays untouched). */
export function liesGliederung(pdf: Uint8Array): Gliederung {
  const objekte = liesPdfObjekte(pdf, FOLGE);
  const katalog = objektText(objekte, objektNummer(objekte, 'Root'));
  const seitenwurzel = verweis(katalog, 'Pages');
  if (seitenwurzel === undefined) throw pdfAufbauFehler('kein /Pages im Katalog', FOLGE);
  const seitenIndex = new Map<number, number>();
  sammleSeiten(objekte, seitenwurzel, seitenIndex, new Set());
  const seiten = new SeitenZuordnung();
  const wurzel = verweis(katalog, 'Outlines');
  if (wurzel !== undefined) sammleEintraege(objekte, verweis(objektText(objekte, wurzel), 'First'), seitenIndex, seiten, new Set());
  return { seiten, seitenzahl: seitenIndex.size };
}

/** Walks the page tree in order and numbers the /Page objects from 1. */
function sammleSeiten(objekte: PdfObjekte, nummer: number, index: Map<number, number>, besucht: Set<number>): void {
  if (besucht.has(nummer)) throw pdfAufbauFehler('zyklischer Seitenbaum', FOLGE);
  besucht.add(nummer);
  const objekt = objektText(objekte, nummer);
  const kinder = /\/Kids\s*\[([^\]]*)\]/.exec(objekt);
  if (kinder?.[1] === undefined) {
    index.set(nummer, index.size + 1);
    return;
  }
  for (const kind of kinder[1].matchAll(/(\d+)\s+0\s+R/g)) sammleSeiten(objekte, Number(kind[1]), index, besucht);
}

/** Walks the outline depth-first (document order) and records each entry's page; the first title wins. */
function sammleEintraege(
  objekte: PdfObjekte,
  erstes: number | undefined,
  seitenIndex: Map<number, number>,
  seiten: SeitenZuordnung,
  besucht: Set<number>,
): void {
  for (let nummer = erstes; nummer !== undefined; ) {
    if (besucht.has(nummer)) throw pdfAufbauFehler('zyklische Gliederung', FOLGE);
    besucht.add(nummer);
    const eintrag = objektText(objekte, nummer);
    const ziel = /\/Dest\s*\[\s*(\d+)\s+0\s+R/.exec(eintrag) ?? /\/D\s*\[\s*(\d+)\s+0\s+R/.exec(eintrag);
    const seite = ziel?.[1] === undefined ? undefined : seitenIndex.get(Number(ziel[1]));
    const titel = normalisiereUeberschrift(pdfTextString(titelRoh(eintrag)));
    if (seite !== undefined && titel !== '' && !seiten.has(titel)) seiten.set(titel, seite);
    sammleEintraege(objekte, verweis(eintrag, 'First'), seitenIndex, seiten, besucht);
    nummer = verweis(eintrag, 'Next');
  }
}

/** The raw /Title string of an outline entry: `(literal)` with escapes or `<hex>`. */
function titelRoh(eintrag: string): string {
  const start = eintrag.indexOf('/Title');
  if (start < 0) return '';
  let i = start + '/Title'.length;
  while (eintrag[i] === ' ' || eintrag[i] === '\n' || eintrag[i] === '\r') i++;
  if (eintrag[i] === '<') return eintrag.slice(i, eintrag.indexOf('>', i) + 1);
  if (eintrag[i] !== '(') return '';
  let tiefe = 0;
  for (let k = i; k < eintrag.length; k++) {
    const z = eintrag[k];
    if (z === '\\') k++;
    else if (z === '(') tiefe++;
    else if (z === ')' && --tiefe === 0) return eintrag.slice(i, k + 1);
  }
  return '';
}
