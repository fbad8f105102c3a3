/**
 * The PDF pipeline for one report: print once, with the page numbers of the table of contents predicted
 * in the browser (`seitenImBrowser`) → read the heading pages from the outline → when they are what was
 * predicted, that print is final; else rebuild the HTML with the pages found and print again until the
 * numbers are stable (at most three passes) → renumber the structure ids, fix metadata, dates and
 * document ID for byte-identical output.
 * `baueHtml` gets a map heading → page: look headings up by their text (soft hyphens and whitespace do
 * not matter); it is empty on the first pass, so print a placeholder then, inside a slot
 * `<span data-seite-von="heading text">` that the prediction fills. Headings must be unique per text
 * (the first one wins).
 */
import type { BerichtsBrowser } from '../browser/berichts-browser.js';
import type { SeitenRessourcen } from '../browser/berichts-seite.js';
import { CliFehler, EXIT } from '../fehler.js';
import { behalteTrennstellen } from '../silbentrennung/behalte-trennstellen.js';
import { liesGliederung } from './lies-gliederung.js';
import { markiereEng } from './markiere-eng.js';
import { nummeriereKnoten } from './nummeriere-knoten.js';
import { INHALTSBREITE, INHALTSHOEHE } from './seiten-css.js';
import { pdfDatum } from './pdf-datum.js';
import { fuelleSeitenPlaetze } from './seiten-plaetze.js';
import { SeitenZuordnung } from './seiten-zuordnung.js';
import { setzeMetadaten } from './setze-metadaten.js';

/** Document information for the PDF. */
export interface PdfMetadaten {
  titel: string;
  /** The Herausgeber. */
  autor: string;
  thema: string;
  /** Language tag, 'de-DE'. */
  sprache: string;
  /** ISO yyyy-mm-dd; fixes CreationDate/ModDate (SOURCE_DATE_EPOCH overrides if set). */
  datum: string;
  schluesselwoerter?: string[];
}

/** The printed report. */
export interface GedruckterBericht {
  pdf: Uint8Array;
  /** Number of pages. */
  seiten: number;
  /** Normalised heading text → 1-based page, as printed in the final PDF (lookups ignore whitespace). */
  ueberschriften: SeitenZuordnung;
  /** How many times the HTML was printed (1–3). */
  durchlaeufe: number;
  /** URLs the report referred to and the rendering sandbox refused (should be empty). */
  blockiert: readonly string[];
}

/** How to print, beyond the HTML and its metadata. */
export interface DruckAuftrag {
  /** Environment for SOURCE_DATE_EPOCH; default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Called with the predicted heading pages while Chromium prints the first pass (the caller's work overlaps it). */
  waehrendDruck?: (vorhersage: SeitenZuordnung) => void;
  /** What the HTML loads by URL (the report font), answered from memory by the page's sandbox. */
  ressourcen?: SeitenRessourcen;
}

/** Most print passes before the table of contents counts as unstable. */
const MAX_DURCHLAEUFE = 3;
/** Most hyphenated line ends in a row. */
const MAX_TRENNFOLGE = 2;
/** Fewest lines on the last page of an element that starts a page (`data-seitenanfang`). */
const MINDEST_ZEILEN = 6;

/** Prints the report: pass 1 with outline, reads heading pages, rebuilds HTML with page numbers, pass 2 (3), checks stability, fixes dates/ID/metadata. */
export async function druckeBericht(
  browser: BerichtsBrowser,
  baueHtml: (seiten: Map<string, number>) => string,
  meta: PdfMetadaten,
  { env = process.env, waehrendDruck, ressourcen }: DruckAuftrag = {},
): Promise<GedruckterBericht> {
  const datum = pdfDatum(meta.datum, env);
  // The first HTML is built before the page is taken: node builds it while Chromium starts or opens the page.
  const erstesHtml = baueHtml(new SeitenZuordnung());
  return browser.withPage(async (seite) => {
    // 1. First pass. The page predicts where each heading will land and writes those numbers into the table
    // of contents before it prints; `html` then mirrors what was printed. When the outline confirms them,
    // this pass is final (nummeriereKnoten makes it byte for byte the document a second pass would print).
    // The first pass also sets the page (tightens a chapter whose last page would hold a few lines, keeps
    // the soft hyphens that end a line); later passes get exactly the same.
    let html = erstesHtml;
    let satz = (h: string): string => h;
    let pdf: Uint8Array;
    if (seite.druckeMitTrennstellen) {
      const erster = await seite.druckeMitTrennstellen(html, {
        inhaltsbreite: INHALTSBREITE, seitenhoehe: INHALTSHOEHE, mindestZeilen: MINDEST_ZEILEN, maxFolge: MAX_TRENNFOLGE,
        // While Chromium prints: the HTML with the predicted pages (what the outline will most likely confirm,
        // then served from the caller's cache) and whatever else the caller builds from them.
        waehrendDruck: (v) => {
          const vorhersage = zuordnung(v);
          baueHtml(vorhersage);
          waehrendDruck?.(vorhersage);
        },
      }, { ressourcen });
      pdf = erster.pdf;
      satz = (h) => markiereEng(behalteTrennstellen(h, erster.behalten, erster.gesamt), erster.eng);
      if (erster.vorhersage !== undefined) html = fuelleSeitenPlaetze(html, zuordnung(erster.vorhersage));
    } else {
      pdf = await seite.druckePdf(html, { ressourcen });
    }
    let gliederung = liesGliederung(pdf);
    let durchlaeufe = 1;
    // 2. Further passes with the numbers found, until a pass confirms them.
    let stabil = false;
    let vorher = new Map<string, number>();
    while (!stabil) {
      const neuesHtml = baueHtml(gliederung.seiten);
      if (neuesHtml === html) break; // nothing depends on page numbers: the last print is final
      if (durchlaeufe === MAX_DURCHLAEUFE) {
        throw new CliFehler(
          `Die Seitenzahlen des Inhaltsverzeichnisses stabilisieren sich nicht (${MAX_DURCHLAEUFE} Druckdurchläufe): ${unterschiede(vorher, gliederung.seiten)}`,
          { exitCode: EXIT.intern },
        );
      }
      html = neuesHtml;
      pdf = await seite.druckePdf(satz(html), { ressourcen });
      durchlaeufe += 1;
      const neu = liesGliederung(pdf);
      stabil = gleicheSeiten(neu.seiten, gliederung.seiten);
      vorher = gliederung.seiten;
      gliederung = neu;
    }
    // 3. Node ids independent of earlier prints, metadata, fixed dates and a content-derived ID.
    const fertig = setzeMetadaten(nummeriereKnoten(pdf), {
      titel: meta.titel,
      autor: meta.autor,
      thema: meta.thema,
      schluesselwoerter: meta.schluesselwoerter ?? [],
      sprache: meta.sprache,
      pdfDatum: datum,
    });
    return { pdf: fertig, seiten: gliederung.seitenzahl, ueberschriften: gliederung.seiten, durchlaeufe, blockiert: seite.blockierteAnfragen() };
  });
}

/** Heading → page pairs as a whitespace-insensitive map. */
function zuordnung(seiten: readonly (readonly [string, number])[]): SeitenZuordnung {
  const z = new SeitenZuordnung();
  for (const [titel, seite] of seiten) z.set(titel, seite);
  return z;
}

/** Whether two passes put the same headings on the same pages. */
function gleicheSeiten(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [titel, seite] of a) if (b.get(titel) !== seite) return false;
  return true;
}

/** Lists the headings whose page changed between two passes, e.g. `„3 Entwicklungen“ S. 7 → 8`. */
function unterschiede(vorher: Map<string, number>, nachher: Map<string, number>): string {
  const titel = [...new Set([...vorher.keys(), ...nachher.keys()])];
  return titel
    .filter((t) => vorher.get(t) !== nachher.get(t))
    .map((t) => `„${t}“ S. ${vorher.get(t) ?? '–'} → ${nachher.get(t) ?? '–'}`)
    .join(', ');
}
