/**
 * A browser page locked down for printing reports (the rendering sandbox) and the
 * small interface the rest of the program sees instead of puppeteer's types.
 */
import type { HTTPRequest, Page, PDFOptions } from 'puppeteer-core';
import { CliFehler, EXIT } from '../fehler.js';
import { fuelleSeitenImBrowser } from './fuelle-seiten-im-browser.js';
import { seitenImBrowser } from './seiten-im-browser.js';
import { trennstellenImBrowser } from './trennstellen-im-browser.js';

/** A file the page may load by URL, answered from memory by the sandbox (it loads nothing from anywhere). */
export interface SeitenRessource {
  /** MIME type, e.g. `font/woff2`. */
  typ: string;
  daten: Uint8Array;
}

/**
 * URL → file for the page. Chromium keeps what it loaded in its memory cache across the reports printed on a
 * page, so a URL must name exactly one content for the whole run (put its hash in the URL).
 */
export type SeitenRessourcen = ReadonlyMap<string, SeitenRessource>;

/** Options for one print. */
export interface DruckOptionen {
  /** Write the document outline (bookmarks) from the headings; default true. */
  gliederung?: boolean;
  /** What the HTML may load by URL besides data: URLs (the report font); anything else stays blocked. */
  ressourcen?: SeitenRessourcen;
}

/** What the pipeline may do with a page: print HTML to PDF and see what the sandbox blocked. */
export interface BerichtsSeite {
  /** Loads `html` into the page and prints it as tagged A4 PDF. */
  druckePdf(html: string, optionen?: DruckOptionen): Promise<Uint8Array>;
  /**
   * Like `druckePdf`, but first sets the page at `inhaltsbreite` (the page's content width): tightens a
   * `data-seitenanfang` element whose last page would hold fewer than `mindestZeilen` lines (`eng`: index,
   * level) and keeps only the soft hyphens that end a line, with at most `maxFolge` hyphenated line ends
   * in a row and none on the last line of a page (`behalten`: their document-order indices). Apply both to
   * later prints of the same text.
   * Then predicts each heading's page (`vorhersage`: heading text → page) and prints those numbers into the
   * table of contents' slots (`data-seite-von`); the printed outline tells whether the prediction held.
   * `waehrendDruck` gets the prediction while Chromium prints (the caller's work overlaps the print).
   */
  druckeMitTrennstellen?(
    html: string,
    satz: {
      inhaltsbreite: string;
      seitenhoehe: number;
      mindestZeilen: number;
      maxFolge: number;
      waehrendDruck?: (vorhersage: [string, number][]) => void;
    },
    optionen?: DruckOptionen,
  ): Promise<{ pdf: Uint8Array; gesamt: number; behalten: number[]; eng: [number, number][]; vorhersage?: [string, number][] }>;
  /** URLs the page tried to load and the sandbox refused, in order. */
  blockierteAnfragen(): readonly string[];
}

/** Chromium's console text when a page without file access refers to a local file. */
const LOKAL_VERWEIGERT = /^Not allowed to load local resource: (.+)$/;

/** A sandboxed page as the browser keeps it between reports. */
export interface WiederverwendbareSeite extends BerichtsSeite {
  /** Forgets the refused requests of the last report: the page starts the next one clean. */
  leereBlockierte(): void;
}

/** Headers of a page resource: fonts are loaded in CORS mode (the page's origin is opaque), and they never change. */
const RESSOURCEN_KOPF = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'max-age=31536000, immutable' };

/**
 * Sets up the sandbox on `page` (no JavaScript; only data: URLs, about:blank and the print's own resources,
 * answered from memory) and wraps it.
 */
export async function richteBerichtsSeiteEin(page: Page, timeoutMs: number): Promise<WiederverwendbareSeite> {
  const blockiert: string[] = [];
  /** The resources of the print under way. */
  let ressourcen: SeitenRessourcen = new Map();
  page.setDefaultTimeout(timeoutMs);
  page.setDefaultNavigationTimeout(timeoutMs);
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (anfrage: HTTPRequest) => {
    const url = anfrage.url();
    const ressource = ressourcen.get(url);
    if (ressource !== undefined) {
      void anfrage.respond({ status: 200, contentType: ressource.typ, headers: RESSOURCEN_KOPF, body: Buffer.from(ressource.daten) }).catch(() => undefined);
    } else if (url.startsWith('data:') || url === 'about:blank') {
      void anfrage.continue().catch(() => undefined);
    } else {
      blockiert.push(url);
      void anfrage.abort('blockedbyclient').catch(() => undefined);
    }
  });
  // file: URLs never reach the interception: Chromium refuses them before any request
  // (the page's origin has no file access) and reports that on the console.
  page.on('console', (nachricht) => {
    const treffer = LOKAL_VERWEIGERT.exec(nachricht.text());
    if (treffer?.[1] !== undefined) blockiert.push(treffer[1]);
  });
  const druckOptionen = (optionen: DruckOptionen): PDFOptions => ({
    format: 'A4',
    printBackground: true,
    outline: optionen.gliederung ?? true,
    tagged: true,
    preferCSSPageSize: true,
    waitForFonts: true,
    timeout: timeoutMs,
  });
  /** Loads `html` with the print's resources and waits until every font face of it is loaded. */
  const lade = async (html: string, optionen: DruckOptionen): Promise<void> => {
    ressourcen = optionen.ressourcen ?? new Map();
    await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
    // A face loads when the layout first needs it; loading all at once makes sure none is missing at print.
    const fehlend = await page.evaluate(ladeSchriften);
    if (fehlend.length > 0) {
      throw new CliFehler(
        `Die Schrift des Berichts konnte im Browser nicht geladen werden (${fehlend.join(', ')}). Bitte die Installation prüfen (npm ci) und mit --debug erneut ausführen.`,
        { exitCode: EXIT.intern },
      );
    }
  };
  return {
    async druckePdf(html, optionen = {}) {
      await lade(html, optionen);
      return page.pdf(druckOptionen(optionen));
    },
    async druckeMitTrennstellen(html, satz, optionen = {}) {
      await lade(html, optionen);
      // Measured with the print stylesheet and the fonts the print uses (our own script, not the page's).
      await page.emulateMediaType('print');
      const eng = await page.evaluate(fuelleSeitenImBrowser, satz.inhaltsbreite, satz.seitenhoehe, satz.mindestZeilen);
      const { gesamt, behalten: amZeilenende } = await page.evaluate(trennstellenImBrowser, satz.inhaltsbreite, satz.maxFolge);
      // One layout in page-sized columns: no word split across a page break (the soft hyphens ending a page's
      // last line go too), then the predicted page of every heading.
      const { seiten: vorhersage, seitenende } = await page.evaluate(seitenImBrowser, satz.inhaltsbreite, satz.seitenhoehe);
      const amSeitenende = new Set(seitenende);
      const behalten = amZeilenende.filter((_, j) => !amSeitenende.has(j));
      // (the print media stays emulated for the print: the page is laid out for it already)
      // The fonts were ready before the page was set, and setting it loads none: the print starts at once,
      // and the caller works while Chromium prints.
      const druck = page.pdf({ ...druckOptionen(optionen), waitForFonts: false });
      try {
        satz.waehrendDruck?.(vorhersage);
      } catch (fehler) {
        await druck.catch(() => undefined);
        throw fehler;
      }
      return { pdf: await druck, gesamt, behalten, eng, vorhersage };
    },
    blockierteAnfragen: () => [...blockiert],
    leereBlockierte: () => void blockiert.splice(0),
  };
}

/** Runs in the page: loads every @font-face of the document; returns the faces that failed (family, weight, style). */
function ladeSchriften(): Promise<string[]> {
  // (iterated, not forEach: a page without JavaScript runs no callback of a DOM method)
  const schnitte: FontFace[] = [];
  for (const f of document.fonts as unknown as Iterable<FontFace>) schnitte.push(f);
  return Promise.all(schnitte.map((f) => f.load().catch(() => undefined)))
    .then(() => document.fonts.ready)
    .then(() => schnitte.filter((f) => f.status !== 'loaded').map((f) => `${f.family} ${f.weight} ${f.style}`));
}
