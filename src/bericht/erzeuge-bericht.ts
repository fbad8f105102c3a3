import path from 'node:path';
import { berichtsordner } from '../ausgabe/berichtsordner.js';
import type { Dateien } from '../ausgabe/schreibe-atomar.js';
import { schreibeCsv } from '../ausgabe/schreibe-csv.js';
import { schreibFehler } from '../dateisystem/schreib-fehler.js';
import type { BerichtsBrowser } from '../browser/berichts-browser.js';
import { CliFehler, EXIT, type Problem } from '../fehler.js';
import type { Cluster, Datenbestand } from '../model/typen.js';
import { SeitenFehler } from '../browser/seiten-fehler.js';
import { kennzahlenAusNachweis } from '../nachweis/kennzahlen-aus-nachweis.js';
import { mitNachweisAnhang } from '../nachweis/mit-nachweis-anhang.js';
import { nachweisCsvTeile } from '../nachweis/nachweis-csv.js';
import { nachweisJsonTeile } from '../nachweis/serialisiere-nachweis.js';
import type { PdfMetadaten } from '../pdf/drucke-bericht.js';
import type { Ausgabeformat } from './ausgabeformat.js';
import type { Berichtsformat, GerenderteAbbildung, HtmlEingabe } from './berichtsformat.js';
import { formatDaten } from './format-daten.js';

/**
 * The rendering modules, imported on first use: vega and the hyphenation patterns take ~0.5 s to load,
 * which a `--format json` run (or `pruefen`) should not pay.
 */
let darstellung: Promise<Darstellung> | undefined;
type Darstellung = {
  renderSvg: typeof import('../diagramme/render-svg.js').renderSvg;
  druckeBericht: typeof import('../pdf/drucke-bericht.js').druckeBericht;
  seitenCss: typeof import('../pdf/seiten-css.js').seitenCss;
  schriftCss: typeof import('../schrift/schrift-css.js').schriftCss;
  trenneHtml: typeof import('../silbentrennung/trenne-html.js').trenneHtml;
};
function ladeDarstellung(): Promise<Darstellung> {
  darstellung ??= Promise.all([
    import('../diagramme/render-svg.js'),
    import('../pdf/drucke-bericht.js'),
    import('../pdf/seiten-css.js'),
    import('../schrift/schrift-css.js'),
    import('../silbentrennung/trenne-html.js'),
  ]).then(([svg, pdf, seite, schrift, trennung]) => ({
    renderSvg: svg.renderSvg,
    druckeBericht: pdf.druckeBericht,
    seitenCss: seite.seitenCss,
    schriftCss: schrift.schriftCss,
    trenneHtml: trennung.trenneHtml,
  }));
  return darstellung;
}

/** One report to produce. */
export interface BerichtAuftrag {
  daten: Datenbestand;
  datenVerzeichnis: string;
  jahr: number;
  cluster: string;
  ausgabe: string;
  formate: Set<Ausgabeformat>;
  streng: boolean;
  /** ISO date from --datum; overrides bericht.json. */
  datum?: string;
  /** --nachweis: the PDF, too, gets the number links and the Nachweis appendix. */
  nachweisImPdf?: boolean;
}

/** What was written. */
export interface BerichtErgebnis {
  ordner: string;
  dateien: string[];
  seiten?: number;
  warnungen: Problem[];
}

/** Lazily gives the shared browser; only called when a PDF is wanted. */
export type BrowserQuelle = () => BerichtsBrowser;

/** The side effects of producing a report, passed in by the caller. */
export interface BerichtsUmgebung {
  browser: BrowserQuelle;
  /** Writes a report's files into its folder (the CLI: atomically, `schreibeAtomar`). */
  schreibe(ordner: string, dateien: Dateien): Promise<void>;
}

/** A report with everything but the PDF ready: Kennzahlen, charts and the HTML builder. */
export interface VorbereiteterBericht {
  cluster: Cluster;
  ordner: string;
  /** Files so far: kennzahlen.json and the charts, as requested by the formats. */
  dateien: Dateien;
  warnungen: Problem[];
  /** Builds the hyphenated HTML to print; `seiten` maps heading text → PDF page for the table of contents. */
  baueHtml?: (seiten: Map<string, number>) => string;
  /** The same for bericht.html: numbers linked to the Nachweis appendix. */
  baueHtmlDatei?: (seiten: Map<string, number>) => string;
  /** PDF metadata derived from the report. */
  metadaten: PdfMetadaten;
}

/**
 * Produces one report. The stages, in order:
 * 1. find the management in the registry;
 * 2. compute the Kennzahlen (pure);
 * 3. load the analysts' texts (warnings; --streng makes them errors);
 * 4. build the chart specs and render them to SVG;
 * 5. build the HTML (hyphenated) and print the PDF in two passes for the table of contents;
 * 6. write every file atomically into `<ausgabe>/<jahr>/<cluster>/`.
 */
export async function erzeugeBericht<Texte, Daten>(
  auftrag: BerichtAuftrag,
  format: Berichtsformat<Texte, Daten>,
  umgebung: BerichtsUmgebung,
): Promise<BerichtErgebnis> {
  // 1.–4.
  const bericht = await bereiteBerichtVor(auftrag, format);
  const { dateien } = bericht;

  // 5. HTML and PDF
  let seiten: number | undefined;
  let inhaltsSeiten = new Map<string, number>();
  if (bericht.baueHtml && auftrag.formate.has('pdf')) {
    const gedruckt = await druckeMitWiederholung(umgebung.browser, bericht.baueHtml, bericht.metadaten, bericht.cluster.name);
    dateien.set('bericht.pdf', gedruckt.pdf);
    inhaltsSeiten = gedruckt.ueberschriften;
    seiten = gedruckt.seiten;
  }
  if (bericht.baueHtmlDatei && auftrag.formate.has('html')) dateien.set('bericht.html', bericht.baueHtmlDatei(inhaltsSeiten));

  // 6. write
  try {
    await umgebung.schreibe(bericht.ordner, dateien);
  } catch (fehler) {
    throw schreibFehler(fehler, bericht.ordner);
  }
  return { ordner: bericht.ordner, dateien: [...dateien.keys()].sort(), seiten, warnungen: bericht.warnungen };
}

/** Stages 1–4 of `erzeugeBericht`: everything up to the HTML, without a browser and without writing. */
export async function bereiteBerichtVor<Texte, Daten>(auftrag: BerichtAuftrag, format: Berichtsformat<Texte, Daten>): Promise<VorbereiteterBericht> {
  // 1. the management and its format's data
  const cluster = findeCluster(auftrag.daten.cluster, auftrag.cluster);
  const daten = formatDaten(auftrag.daten, format);
  const ordner = berichtsordner(auftrag.ausgabe, auftrag.jahr, cluster.slug);
  const dateien: Dateien = new Map();
  const warnungen: Problem[] = [];
  const datum = auftrag.datum ?? auftrag.daten.bericht.veroeffentlichung;
  const { autor, ...formatMetadaten } = format.metadaten(cluster, auftrag.jahr);
  const metadaten: PdfMetadaten = {
    ...formatMetadaten,
    autor: autor ?? auftrag.daten.bericht.herausgeber?.[0] ?? 'ewm-report',
    sprache: 'de-DE',
    datum: datum ?? `${auftrag.jahr}-12-31`,
  };

  // 2. Kennzahlen
  // The figures come from the records behind them where the format has a Nachweis.
  const nachweis = format.berechneNachweis?.(daten, cluster.slug, auftrag.jahr);
  const kennzahlen = nachweis ? kennzahlenAusNachweis(nachweis) : format.berechneKennzahlen(daten, cluster.slug, auftrag.jahr);
  if (auftrag.formate.has('json')) {
    dateien.set('kennzahlen.json', format.serialisiereKennzahlen(auftrag.jahr, cluster.slug, kennzahlen));
    dateien.set('kennzahlen.csv', kennzahlenCsv(kennzahlen));
    if (nachweis) {
      dateien.set('nachweis.json', { teile: () => nachweisJsonTeile(nachweis) });
      dateien.set('nachweis.csv', { teile: () => nachweisCsvTeile(nachweis) });
    }
  }
  if (!auftrag.formate.has('html') && !auftrag.formate.has('pdf')) return { cluster, ordner, dateien, warnungen, metadaten };

  // 3. texts (the rendering modules load meanwhile)
  const module = ladeDarstellung();
  const { texte, probleme } = await format.ladeTexte(auftrag.datenVerzeichnis, auftrag.jahr, cluster.slug, kennzahlen);
  const fehler = probleme.filter((p) => p.schwere === 'fehler' || (auftrag.streng && p.schwere === 'warnung'));
  if (fehler.length > 0) {
    const echte = fehler.filter((p) => p.schwere === 'fehler').length;
    const strenge = fehler.length - echte;
    const streng = strenge === 1 ? '1 Warnung gilt wegen --streng als Fehler' : `${strenge} Warnungen gelten wegen --streng als Fehler`;
    throw new CliFehler(
      echte > 0
        ? `Die Texte für ${cluster.name} ${auftrag.jahr} sind unvollständig oder fehlerhaft${strenge > 0 ? `; ${streng}` : ''}.`
        : `Texte für ${cluster.name} ${auftrag.jahr}: ${streng}.`,
      { exitCode: EXIT.eingabe, probleme: fehler },
    );
  }
  warnungen.push(...probleme);

  // 4. charts
  const { renderSvg, schriftCss, seitenCss, trenneHtml } = await module;
  const abbildungen: GerenderteAbbildung[] = [];
  for (const entwurf of format.abbildungen(kennzahlen, { jahr: auftrag.jahr, cluster })) {
    const svg = await renderSvg(entwurf.spec as Parameters<typeof renderSvg>[0], {
      titel: `Abbildung ${entwurf.nummer}: ${entwurf.titel}`,
      text: entwurf.textalternative,
    });
    abbildungen.push({ ...entwurf, svg });
    dateien.set(`abbildungen/abbildung-${entwurf.nummer}.svg`, svg);
    dateien.set(`abbildungen/abbildung-${entwurf.nummer}.vl.json`, `${JSON.stringify(entwurf.spec, null, 2)}\n`);
  }

  const eingabe: HtmlEingabe<Texte, Daten> = {
    daten,
    cluster,
    jahr: auftrag.jahr,
    kennzahlen,
    nachweis,
    abbildungen,
    texte,
    datum,
    css: { schrift: schriftCss(), seite: seitenCss() },
  };
  // Each page-number variant is built once per output (print passes, bericht.html).
  const variante = (mitNachweis: boolean): ((s: Map<string, number>) => string) => {
    let letzte: { schluessel: string; html: string } | undefined;
    return (s) => {
      const schluessel = JSON.stringify([...s].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      if (letzte?.schluessel !== schluessel) {
        const html = mitNachweis && nachweis
          ? mitNachweisAnhang(format.baueHtml({ ...eingabe, markieren: true }, s), nachweis, (k) => format.definition?.(k))
          : format.baueHtml(eingabe, s);
        letzte = { schluessel, html: trenneHtml(html) };
      }
      return letzte.html;
    };
  };
  const baueHtmlDatei = variante(true);
  const baueHtml = auftrag.nachweisImPdf === true ? baueHtmlDatei : variante(false);
  return { cluster, ordner, dateien, warnungen, baueHtml, baueHtmlDatei, metadaten };
}

/** Prints the PDF; a crashed or timed-out page is retried once, then the report fails with a clear message. */
async function druckeMitWiederholung(
  browser: BrowserQuelle,
  baueHtml: (seiten: Map<string, number>) => string,
  metadaten: PdfMetadaten,
  name: string,
): Promise<Awaited<ReturnType<Darstellung['druckeBericht']>>> {
  const { druckeBericht } = await ladeDarstellung();
  try {
    return await druckeBericht(browser(), baueHtml, metadaten);
  } catch (erster) {
    if (!(erster instanceof SeitenFehler)) throw erster;
    try {
      return await druckeBericht(browser(), baueHtml, metadaten);
    } catch (zweiter) {
      if (!(zweiter instanceof SeitenFehler)) throw zweiter;
      throw new CliFehler(`Der PDF-Druck für ${name} ist zweimal fehlgeschlagen: ${zweiter.message}`, {
        exitCode: EXIT.intern,
        cause: zweiter,
      });
    }
  }
}

/** kennzahlen.csv for Excel: one row per Kennzahl, sorted by key (code-unit order, deterministic). */
function kennzahlenCsv(kennzahlen: Record<string, number>): string {
  const zeilen = Object.entries(kennzahlen).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return schreibeCsv(['Kennzahl', 'Wert'], zeilen);
}

function findeCluster(registry: Cluster[], slug: string): Cluster {
  const cluster = registry.find((c) => c.slug === slug);
  if (!cluster) {
    throw new CliFehler(
      `Das Management "${slug}" gibt es nicht in cluster.json. Verfügbar: ${registry.map((c) => c.slug).join(', ')}.`,
      { exitCode: EXIT.eingabe },
    );
  }
  return cluster;
}

/** Relative display path of a report folder, for messages. */
export function anzeigePfad(ordner: string): string {
  const relativ = path.relative(process.cwd(), ordner);
  return relativ.startsWith('..') ? ordner : relativ;
}
