/**
 * Reads a PDF's outline (bookmarks) with pdfjs-dist and returns on which page each heading
 * landed. Chromium writes the outline from the h1–h6 headings when printing with `outline: true`.
 */
import { normalisiereUeberschrift } from './normalisiere-ueberschrift.js';
import { SeitenZuordnung } from './seiten-zuordnung.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDokument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
interface GliederungsEintrag {
  title: string;
  dest: string | unknown[] | null;
  items: GliederungsEintrag[];
}

let pdfjs: Promise<PdfJs> | undefined;

/** Result of reading a printed PDF: heading → 1-based page, and the page count. */
export interface Gliederung {
  /** Normalised heading text → 1-based page number; the first heading wins when texts repeat; lookups ignore whitespace. */
  seiten: SeitenZuordnung;
  seitenzahl: number;
}

/** Reads heading pages from the outline of `pdf` (a copy is parsed; the input stays untouched). */
export async function liesGliederung(pdf: Uint8Array): Promise<Gliederung> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument } = await pdfjs;
  const dokument = await getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const seiten = new SeitenZuordnung();
    const gliederung = ((await dokument.getOutline()) ?? []) as GliederungsEintrag[];
    await sammle(dokument, gliederung, seiten);
    return { seiten, seitenzahl: dokument.numPages };
  } finally {
    await dokument.destroy();
  }
}

/** Walks the outline depth-first (document order) and records each entry's page. */
async function sammle(dokument: PdfDokument, eintraege: GliederungsEintrag[], seiten: SeitenZuordnung): Promise<void> {
  for (const eintrag of eintraege) {
    const ziel = typeof eintrag.dest === 'string' ? await dokument.getDestination(eintrag.dest) : eintrag.dest;
    const verweis = ziel?.[0];
    if (verweis !== undefined && verweis !== null) {
      const index = typeof verweis === 'number' ? verweis : await dokument.getPageIndex(verweis as Parameters<PdfDokument['getPageIndex']>[0]);
      const titel = normalisiereUeberschrift(eintrag.title);
      if (titel !== '' && !seiten.has(titel)) seiten.set(titel, index + 1);
    }
    await sammle(dokument, eintrag.items, seiten);
  }
}
