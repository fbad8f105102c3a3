import path from 'node:path';
import { berichtsordner } from '../ausgabe/berichtsordner.js';
import type { Dateien, StueckInhalt } from '../ausgabe/schreibe-atomar.js';
import { schreibeCsv } from '../ausgabe/schreibe-csv.js';
import { schreibFehler } from '../dateisystem/schreib-fehler.js';
import type { BerichtsBrowser } from '../browser/berichts-browser.js';
import { CliFehler, EXIT, type Problem } from '../fehler.js';
import type { Cluster, Datenbestand } from '../model/typen.js';
import { SeitenFehler } from '../browser/seiten-fehler.js';
import { kennzahlenAusNachweis } from '../nachweis/kennzahlen-aus-nachweis.js';
import { markiereDiagramm } from '../nachweis/markiere-diagramm.js';
import { mitNachweisAnhang } from '../nachweis/mit-nachweis-anhang.js';
import { nachweisCsvTeile } from '../nachweis/nachweis-csv.js';
import { nachweisJsonTeile } from '../nachweis/serialisiere-nachweis.js';
import type { PdfMetadaten } from '../pdf/drucke-bericht.js';
import type { SeitenRessourcen } from '../browser/berichts-seite.js';
import { renderSvgGecacht } from '../diagramme/render-svg-gecacht.js';
import { starteDiagrammArbeiter, svgsMitSchriftImArbeiter } from '../diagramme/render-svg-im-arbeiter.js';
import type { Ausgabeformat } from './ausgabeformat.js';
import { leseManifest } from '../manifest/lese-manifest.js';
import { werkzeugHash } from '../manifest/werkzeug-hash.js';
import { MANIFEST_DATEI, type Manifest, type ManifestSchluessel } from '../manifest/manifest.js';
import { manifestText } from '../manifest/manifest-text.js';
import { pruefeAktuell, type Aktualitaet } from '../manifest/pruefe-aktuell.js';
import { mitHash } from '../manifest/mit-hash.js';
import { sha256 } from '../manifest/sha256.js';
import type { Berichtsformat, GerenderteAbbildung, HtmlEingabe } from './berichtsformat.js';
import type { DatenAufAbruf } from './daten-quelle.js';
import { formatDaten } from './format-daten.js';
import { manifestSchluessel, type SchluesselAuftrag } from './manifest-schluessel.js';

/**
 * The rendering modules, imported on first use: the hyphenation patterns, fonts and PDF post-processing,
 * which a `--format json` run (or `pruefen`) should not pay. vega loads on the chart worker thread.
 */
let darstellung: Promise<Darstellung> | undefined;
type Darstellung = {
  druckeBericht: typeof import('../pdf/drucke-bericht.js').druckeBericht;
  seitenCss: typeof import('../pdf/seiten-css.js').seitenCss;
  schriftCss: typeof import('../schrift/schrift-css.js').schriftCss;
  schriftDruck: typeof import('../schrift/schrift-css.js').schriftDruck;
  trenneHtml: typeof import('../silbentrennung/trenne-html.js').trenneHtml;
};
function ladeDarstellung(): Promise<Darstellung> {
  darstellung ??= Promise.all([
    import('../pdf/drucke-bericht.js'),
    import('../pdf/seiten-css.js'),
    import('../schrift/schrift-css.js'),
    import('../silbentrennung/trenne-html.js'),
  ]).then(([pdf, seite, schrift, trennung]) => ({
    druckeBericht: pdf.druckeBericht,
    seitenCss: seite.seitenCss,
    schriftCss: schrift.schriftCss,
    schriftDruck: schrift.schriftDruck,
    trenneHtml: trennung.trenneHtml,
  }));
  return darstellung;
}

/** One report to produce. */
export interface BerichtAuftrag {
  /** The validated data, or the registry with the data read on demand (a current report needs only the registry). */
  daten: Datenbestand | DatenAufAbruf;
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
  /** Tool version and code hash for the manifest; default: the hash of the running code (`werkzeugHash`). */
  werkzeug?: SchluesselAuftrag['werkzeug'];
  /** Further options that change the output (CSV encoding, delimiter), recorded in the manifest. */
  optionen?: SchluesselAuftrag['optionen'];
  /** Render even when the manifest says the report is current (--immer). */
  immer?: boolean;
}

/** What was written. */
export interface BerichtErgebnis {
  ordner: string;
  dateien: string[];
  seiten?: number;
  warnungen: Problem[];
  /** Nothing was rendered or written: the manifest showed the same inputs and unchanged files. */
  aktuell: boolean;
  /** Files of an earlier run for other formats, removed because the inputs changed. */
  entfernt: string[];
}

/** Lazily gives the shared browser; only called when a PDF is wanted. */
export type BrowserQuelle = () => BerichtsBrowser;

/** The side effects of producing a report, passed in by the caller. */
export interface BerichtsUmgebung {
  browser: BrowserQuelle;
  /**
   * Writes a report's files into its folder (the CLI: atomically, `schreibeAtomar`); `behalten` names files
   * of the existing folder that stay unchanged (those of other formats from a run with the same inputs).
   */
  schreibe(ordner: string, dateien: Dateien, behalten?: readonly string[]): Promise<void>;
  /**
   * Called once the report's PDF is printed, before its files are written (a caller with one report ends its browser
   * then); `erzeugeAlle` calls its caller's once, when the batch's last print is done.
   */
  gedruckt?(): void;
  /** How many reports print at the same time (a batch's lanes): the browser sets up that many pages in advance; default 1. */
  gleichzeitig?: number;
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
  /** What the print HTML loads by URL (the font), for the print page's sandbox to answer. */
  ressourcen?: SeitenRessourcen;
  /** The same for bericht.html: numbers linked to the Nachweis appendix; self-contained (the font as data: URLs). */
  baueHtmlDatei?: (seiten: Map<string, number>) => string;
  /** PDF metadata derived from the report. */
  metadaten: PdfMetadaten;
  /** The chart files `abbildungen/abbildung-N.svg` with their font subset, made on the chart worker meanwhile. */
  abbildungsDateien?: Promise<readonly (readonly [string, string])[]>;
}

/**
 * Produces one report. The stages, in order:
 * 0. compare with the folder's manifest: a current report is left as it is (unless --immer);
 * 1. find the management in the registry;
 * 2. compute the Kennzahlen (pure);
 * 3. build the chart specs and hand them to the chart worker (SVG);
 * 4. load the analysts' texts (warnings; --streng makes them errors) while the charts render;
 * 5. build the HTML (hyphenated) and print the PDF in two passes for the table of contents;
 * 6. the manifest; 7. write every file atomically into `<ausgabe>/<jahr>/<cluster>/`.
 */
export async function erzeugeBericht<Texte, Daten>(
  auftrag: BerichtAuftrag,
  format: Berichtsformat<Texte, Daten>,
  umgebung: BerichtsUmgebung,
): Promise<BerichtErgebnis> {
  const rest = await beginneBericht(auftrag, format, umgebung);
  return rest();
}

/**
 * Stages 0–4 of `erzeugeBericht`: resolves, once the report is ready to print, to the rest of the work (stages
 * 5–7: print, manifest, write). A batch prepares a lane's next report while the lane's current one prints.
 * A current report resolves to its result at once.
 */
export async function beginneBericht<Texte, Daten>(
  auftrag: BerichtAuftrag,
  format: Berichtsformat<Texte, Daten>,
  umgebung: BerichtsUmgebung,
): Promise<() => Promise<BerichtErgebnis>> {
  // 0. current? Same inputs, tool and options, the files of the last run untouched: nothing to do.
  const ordner = berichtsordner(auftrag.ausgabe, auftrag.jahr, findeCluster(auftrag.daten.cluster, auftrag.cluster).slug);
  const werkzeug = auftrag.werkzeug ?? { version: '', sha256: await werkzeugHash() };
  const bekannteHashes = 'lade' in auftrag.daten ? auftrag.daten.bekannteHashes : undefined;
  const schluessel = await manifestSchluessel({ ...auftrag, werkzeug, bekannteHashes }, format as Berichtsformat<unknown, unknown>);
  const alt = await leseManifest(ordner);
  // (with --immer the files of the last run are not read: only whether the inputs are the same matters)
  const stand = await pruefeAktuell(ordner, alt, schluessel, auftrag.formate, auftrag.immer === true);
  if (alt !== undefined && stand.aktuell) {
    const ergebnis: BerichtErgebnis = { ordner, dateien: Object.keys(alt.dateien).sort(), seiten: alt.seiten, warnungen: alt.warnungen, aktuell: true, entfernt: [] };
    return () => Promise.resolve(ergebnis);
  }
  // The chart worker loads vega, and Chromium starts, in the background while the Kennzahlen are computed
  // (browser test doubles may only print).
  if (auftrag.formate.has('html') || auftrag.formate.has('pdf')) {
    starteDiagrammArbeiter();
    ladeDarstellung().catch(() => undefined); // the rendering modules are read while the Kennzahlen are computed
  }
  if (auftrag.formate.has('pdf')) {
    const b: Partial<BerichtsBrowser> = umgebung.browser();
    b.vorwaermen?.call(b, umgebung.gleichzeitig ?? 1);
  }

  // 1.–4.
  const daten = 'lade' in auftrag.daten ? await auftrag.daten.lade() : auftrag.daten;
  const bericht = await bereiteBerichtVor({ ...auftrag, daten }, format);
  return () => druckeUndSchreibe(auftrag, bericht, { schluessel, alt, stand }, umgebung);
}

/** Stages 5–7 of `erzeugeBericht` for a prepared report; `vorher` is what stage 0 found. */
async function druckeUndSchreibe(
  auftrag: BerichtAuftrag,
  bericht: VorbereiteterBericht,
  vorher: { schluessel: ManifestSchluessel; alt: Manifest | undefined; stand: Aktualitaet },
  umgebung: BerichtsUmgebung,
): Promise<BerichtErgebnis> {
  const { schluessel, alt, stand } = vorher;
  const { dateien } = bericht;

  // 5. HTML and PDF
  let seiten: number | undefined;
  let inhaltsSeiten = new Map<string, number>();
  if (bericht.baueHtml && auftrag.formate.has('pdf')) {
    // bericht.html is built with the predicted pages while Chromium prints; the outline almost always confirms them.
    const nebenbei = bericht.baueHtmlDatei && auftrag.formate.has('html') ? bericht.baueHtmlDatei : undefined;
    const gedruckt = await druckeMitWiederholung(umgebung.browser, bericht, bericht.baueHtml, nebenbei);
    umgebung.gedruckt?.();
    dateien.set('bericht.pdf', gedruckt.pdf);
    inhaltsSeiten = gedruckt.ueberschriften;
    seiten = gedruckt.seiten;
  }
  if (bericht.baueHtmlDatei && auftrag.formate.has('html')) dateien.set('bericht.html', bericht.baueHtmlDatei(inhaltsSeiten));
  for (const [name, svg] of (await bericht.abbildungsDateien) ?? []) dateien.set(name, svg);

  // 6. the manifest: with the same inputs the files of other formats from the last run stay, otherwise they go
  const frueher = Object.keys(alt?.dateien ?? {}).filter((d) => !dateien.has(d));
  const behalten = stand.eingabenGleich ? frueher : [];
  // Files written in pieces (the Nachweis) are hashed while they are written, so they are produced once;
  // the manifest is written after them (a writer that reads it first gets the hashes computed apart).
  const hashes: Record<string, string> = {};
  const stuecke = new Map<string, StueckInhalt>();
  for (const [name, inhalt] of dateien) {
    if (typeof inhalt === 'string' || inhalt instanceof Uint8Array) hashes[name] = sha256(inhalt);
    else {
      stuecke.set(name, inhalt);
      dateien.set(name, mitHash(inhalt, (h) => void (hashes[name] = h)));
    }
  }
  for (const name of behalten) hashes[name] = alt?.dateien[name] ?? '';
  const manifest = (): string => {
    for (const [name, inhalt] of stuecke) hashes[name] ??= sha256(inhalt);
    return manifestText({
      ...schluessel,
      formate: [...new Set([...auftrag.formate, ...(stand.eingabenGleich ? (alt?.formate ?? []) : [])])],
      dateien: hashes,
      seiten: seiten ?? (stand.eingabenGleich ? alt?.seiten : undefined),
      warnungen: bericht.warnungen,
    });
  };
  dateien.set(MANIFEST_DATEI, stuecke.size === 0 ? manifest() : { zuletzt: true, teile: () => [manifest()] });

  // 7. write
  try {
    await umgebung.schreibe(bericht.ordner, dateien, behalten);
  } catch (fehler) {
    throw schreibFehler(fehler, bericht.ordner);
  }
  const geschrieben = [...dateien.keys(), ...behalten].filter((d) => d !== MANIFEST_DATEI).sort();
  return {
    ordner: bericht.ordner,
    dateien: geschrieben,
    seiten: seiten ?? (stand.eingabenGleich ? alt?.seiten : undefined),
    warnungen: bericht.warnungen,
    aktuell: false,
    entfernt: stand.eingabenGleich ? [] : frueher,
  };
}

/** Stages 1–4 of `erzeugeBericht`: everything up to the HTML, without a browser and without writing. */
export async function bereiteBerichtVor<Texte, Daten>(
  auftrag: BerichtAuftrag & { daten: Datenbestand },
  format: Berichtsformat<Texte, Daten>,
): Promise<VorbereiteterBericht> {
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

  // 3. charts: handed to the chart worker at once; they render while this thread loads the texts and modules
  const entwuerfe = format.abbildungen(kennzahlen, { jahr: auftrag.jahr, cluster });
  const svgs = entwuerfe.map((entwurf) =>
    renderSvgGecacht(entwurf.spec as Parameters<typeof renderSvgGecacht>[0], {
      titel: `Abbildung ${entwurf.nummer}: ${entwurf.titel}`,
      text: entwurf.textalternative,
    }),
  );
  for (const svg of svgs) svg.catch(() => undefined); // awaited in order below; a text error may come first

  // 4. texts (the rendering modules load meanwhile)
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
  const { schriftCss, schriftDruck, seitenCss, trenneHtml } = await module;
  // The standalone SVG files carry a subset of their font (made on the chart worker, awaited only before the
  // files are written); the inline charts use the page's font.
  const abbildungsDateien = Promise.all(svgs)
    .then(svgsMitSchriftImArbeiter)
    .then((dateiSvgs) => entwuerfe.map((e, i) => [`abbildungen/abbildung-${e.nummer}.svg`, dateiSvgs[i] as string] as const));
  abbildungsDateien.catch(() => undefined);
  // While the charts render: compile the templates and build the hyphenation patterns (both once per process).
  format.vorbereiten?.();
  trenneHtml('<p>Silbentrennung</p>');

  const basis: Omit<HtmlEingabe<Texte, Daten>, 'abbildungen'> = {
    daten,
    cluster,
    jahr: auftrag.jahr,
    kennzahlen,
    nachweis,
    texte,
    datum,
    css: { schrift: schriftCss(), seite: seitenCss() },
  };
  // The print HTML loads the font by URL from the page's sandbox; bericht.html carries it.
  const druck = schriftDruck();
  const druckCss = { ...basis.css, schrift: druck.css };
  // The print HTML is built and hyphenated while the charts still render: each chart stands in as an empty
  // <svg> (hyphenation leaves an <svg> alone, so putting the chart in its place afterwards gives the same HTML).
  const druckRoh = jeSeitenzahlen((s) =>
    trenneHtml(format.baueHtml({ ...basis, css: druckCss, abbildungen: entwuerfe.map((e, i) => ({ ...e, svg: platzhalter(i) })) }, s)),
  );
  if (auftrag.nachweisImPdf !== true) druckRoh(new Map());

  const abbildungen: GerenderteAbbildung[] = [];
  for (const [i, entwurf] of entwuerfe.entries()) {
    const svg = await (svgs[i] as Promise<string>);
    abbildungen.push({ ...entwurf, svg });
    dateien.set(`abbildungen/abbildung-${entwurf.nummer}.vl.json`, `${JSON.stringify(entwurf.spec, null, 2)}\n`);
  }
  const eingabe: HtmlEingabe<Texte, Daten> = { ...basis, abbildungen };
  // The HTML with number links also links the charts' data labels (only there: PDF and SVG files stay as rendered);
  // its appendix lists the keys linked, those of the charts too, so it is built with the charts in place.
  let markierte: GerenderteAbbildung[] | undefined;
  const markierteAbbildungen = (): GerenderteAbbildung[] =>
    (markierte ??= abbildungen.map((a) => (a.gelesen === undefined ? a : { ...a, svg: markiereDiagramm(a.svg, a.gelesen) })));
  const baueHtmlDatei = jeSeitenzahlen((s) =>
    trenneHtml(
      nachweis
        ? mitNachweisAnhang(format.baueHtml({ ...eingabe, markieren: true, abbildungen: markierteAbbildungen() }, s), nachweis, (k) => format.definition?.(k))
        : format.baueHtml(eingabe, s),
    ),
  );
  const svgTexte = abbildungen.map((a) => a.svg);
  // With --nachweis the PDF prints bericht.html, the font's data: URLs swapped for the print's (same rules otherwise).
  const mitDruckSchrift = (html: string): string => html.replace(basis.css.schrift, () => druck.css);
  const baueHtml =
    auftrag.nachweisImPdf === true ? jeSeitenzahlen((s) => mitDruckSchrift(baueHtmlDatei(s))) : (s: Map<string, number>) => setzeAbbildungenEin(druckRoh(s), svgTexte);
  return { cluster, ordner, dateien, warnungen, baueHtml, ressourcen: druck.ressourcen, baueHtmlDatei, metadaten, abbildungsDateien };
}

/**
 * `bau` once per set of page numbers: the print passes and bericht.html ask for the same numbers more than once.
 * Keyed like the lookups (whitespace and soft hyphens do not matter), so predicted pages and the outline's meet.
 */
function jeSeitenzahlen(bau: (seiten: Map<string, number>) => string): (seiten: Map<string, number>) => string {
  let letzte: { schluessel: string; html: string } | undefined;
  return (s) => {
    const eintraege: [string, number][] = [...s].map(([k, v]) => [k.replace(/[\s\u00ad]/g, ''), v]);
    const schluessel = JSON.stringify(eintraege.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    if (letzte?.schluessel !== schluessel) letzte = { schluessel, html: bau(s) };
    return letzte.html;
  };
}

/** The stand-in of chart `i` in the print HTML until the charts are rendered. */
function platzhalter(i: number): string {
  return `<svg data-ewm-abbildung="${i}"></svg>`;
}

/** `html` with every chart stand-in replaced by its SVG (each must occur exactly once). */
export function setzeAbbildungenEin(html: string, svgs: readonly string[]): string {
  const gesehen = new Set<number>();
  const ergebnis = html.replace(/<svg data-ewm-abbildung="(\d+)"><\/svg>/g, (_, i: string) => {
    const n = Number(i);
    if (gesehen.has(n) || svgs[n] === undefined) throw new Error(`Platzhalter der Abbildung ${n} unerwartet im HTML`);
    gesehen.add(n);
    return svgs[n];
  });
  if (gesehen.size !== svgs.length) throw new Error(`${svgs.length - gesehen.size} Abbildungen fehlen im HTML`);
  return ergebnis;
}

/** Prints the PDF; a crashed or timed-out page is retried once, then the report fails with a clear message. */
async function druckeMitWiederholung(
  browser: BrowserQuelle,
  bericht: VorbereiteterBericht,
  baueHtml: (seiten: Map<string, number>) => string,
  waehrendDruck?: (seiten: Map<string, number>) => void,
): Promise<Awaited<ReturnType<Darstellung['druckeBericht']>>> {
  const { druckeBericht } = await ladeDarstellung();
  const { metadaten, ressourcen } = bericht;
  const name = bericht.cluster.name;
  try {
    return await druckeBericht(browser(), baueHtml, metadaten, { waehrendDruck, ressourcen });
  } catch (erster) {
    if (!(erster instanceof SeitenFehler)) throw erster;
    try {
      return await druckeBericht(browser(), baueHtml, metadaten, { waehrendDruck, ressourcen });
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

function findeCluster(registry: readonly Cluster[], slug: string): Cluster {
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
