import { performance } from 'node:perf_hooks';
import { formatiereTabelle } from '../ausgabe/formatiere-tabelle.js';
import type { Effekte } from '../effekte.js';
import { dateisystemFehler } from '../dateisystem/schreib-fehler.js';
import { CliFehler, EXIT, formatiereProblem, type Problem } from '../fehler.js';
import type { Cluster } from '../model/typen.js';
import type { Berichtsformat } from './berichtsformat.js';
import { beginneBericht, type BerichtAuftrag, type BerichtErgebnis, type BerichtsUmgebung } from './erzeuge-bericht.js';
import { formatDaten } from './format-daten.js';
import { Fortschritt } from './fortschritt.js';

/** A batch: every management its format reports on (`Berichtsformat.berichtet`), `parallel` reports at a time. */
export interface BatchAuftrag extends Omit<BerichtAuftrag, 'cluster'> {
  parallel: number;
  /** Also the managements their format does not report on in the year (their reports are empty). */
  leer?: boolean;
  /** The warnings of the data that concern a report of `format` (its tables and the shared files); each report's count adds its own text warnings. */
  datenWarnungen?: (format: Berichtsformat) => readonly Problem[];
}

/** One line of the summary. */
export interface BatchZeile {
  cluster: string;
  /** Report folder (for the machine-readable summary). */
  ordner?: string;
  /** True when the report was current and nothing was rendered. */
  aktuell?: boolean;
  /** Files of an earlier run removed because the inputs changed. */
  entfernt?: string[];
  seiten?: number;
  warnungen: number;
  sekunden: number;
  fehler?: string;
  exitCode?: number;
}

/** A report of a batch whose stages 0–4 are under way. */
interface Begonnen {
  slug: string;
  /** `performance.now()` when its preparation started. */
  start: number;
  /** Resolves to the rest of its work (print, write) once it is ready to print. */
  rest: Promise<() => Promise<BerichtErgebnis>>;
  /** Counts it as done printing (at its end, if it did not print: current, failed or without PDF). */
  gedruckt: () => void;
  /** Resolves once it is done printing (`gedruckt`): its lane may go on while its files are written. */
  druck: Promise<void>;
}

/** The batch result; `exitCode` is the most severe exit code of the failed reports. */
export interface BatchErgebnis {
  zeilen: BatchZeile[];
  fehlgeschlagen: number;
  exitCode?: number;
}

/**
 * Produces all reports of a year, of every format, with one shared browser. `formatVon` gives each
 * management's format. A failing report does not stop the others; it is listed with its reason in the summary table.
 */
export async function erzeugeAlle(
  auftrag: BatchAuftrag,
  formatVon: (cluster: Cluster) => Berichtsformat,
  umgebung: BerichtsUmgebung & { effekte: Effekte },
): Promise<BatchErgebnis> {
  const { effekte } = umgebung;
  // Which managements: those the format reports on in this year; with `leer`, every one of the registry.
  const berichtet = new Map<Berichtsformat, Set<string>>();
  const cluster = auftrag.daten.cluster
    .filter((c) => {
      if (auftrag.leer) return true;
      const format = formatVon(c);
      let slugs = berichtet.get(format);
      if (slugs === undefined) berichtet.set(format, (slugs = new Set(berichtetVon(auftrag.daten, format, auftrag.jahr))));
      return slugs.has(c.slug);
    })
    .map((c) => c.slug);
  const formatVonSlug = new Map(auftrag.daten.cluster.map((c) => [c.slug, formatVon(c)]));
  // Why the others get no report, in the words of their format.
  const formateOhne = [...new Set(auftrag.daten.cluster.filter((c) => !cluster.includes(c.slug)).map((c) => formatVonSlug.get(c.slug) as Berichtsformat))];
  if (cluster.length === 0) {
    const grund = formateOhne.map((f) => (formateOhne.length > 1 ? `${f.id}: ${f.inhalt.ohne(auftrag.jahr)}` : f.inhalt.ohne(auftrag.jahr))).join('; ');
    throw new CliFehler(
      `Für das Berichtsjahr ${auftrag.jahr} bekommt kein Management einen Bericht${grund === '' ? '' : ` (${grund})`}; es wurde nichts geschrieben. Mit --leer entstehen trotzdem (leere) Berichte.`,
    );
  }
  for (const format of formateOhne) {
    const uebersprungen = auftrag.daten.cluster.filter((c) => !cluster.includes(c.slug) && formatVonSlug.get(c.slug) === format).map((c) => c.slug);
    effekte.fehlerausgabe(`Übersprungen (${format.inhalt.ohne(auftrag.jahr)}; mit --leer trotzdem): ${uebersprungen.join(', ')}`);
  }

  const fortschritt = new Fortschritt(cluster, effekte);
  const zeilen = new Map<string, BatchZeile>();
  const warteschlange = [...cluster];
  const meldeFehler = (slug: string, roh: unknown, start: number): void => {
    const fehler = dateisystemFehler(roh);
    const nachricht = fehler instanceof CliFehler ? [...fehler.probleme.map(formatiereProblem), fehler.message].join(' ') : String((fehler as Error).message ?? fehler);
    const exitCode = fehler instanceof CliFehler ? fehler.exitCode : EXIT.intern;
    zeilen.set(slug, { cluster: slug, warnungen: 0, sekunden: sekundenSeit(start), fehler: nachricht, exitCode });
    fortschritt.setze(slug, 'fehlgeschlagen', nachricht);
  };
  // The lanes: reports prepared and printed at the same time (the browser sets up a page for each in advance).
  const straenge = Math.max(1, Math.min(auftrag.parallel, cluster.length));
  // The caller's `gedruckt` once no report will print any more (the CLI ends Chromium then, while the last files
  // are written): the queue is empty and every begun report has printed or finished. It cannot come twice: with
  // the queue empty, no report begins after it.
  let unterwegs = 0;
  /** Takes the next report off the queue and starts its stages 0–4 (Kennzahlen, charts, texts, HTML). */
  const beginne = (): Begonnen | undefined => {
    const slug = warteschlange.shift();
    if (slug === undefined) return undefined;
    fortschritt.setze(slug, 'läuft');
    const start = performance.now();
    unterwegs += 1;
    let offen = true;
    let druckFertig = (): void => undefined;
    const druck = new Promise<void>((fertig) => (druckFertig = fertig));
    // the report's own `gedruckt` or its end, whichever comes first
    const gedruckt = (): void => {
      druckFertig();
      if (!offen) return;
      offen = false;
      unterwegs -= 1;
      if (unterwegs === 0 && warteschlange.length === 0) umgebung.gedruckt?.();
    };
    const rest = beginneBericht({ ...auftrag, cluster: slug }, formatVonSlug.get(slug) as Berichtsformat, { ...umgebung, gleichzeitig: straenge, gedruckt });
    rest.catch(() => undefined); // awaited below; the lane may still be printing its previous report
    return { slug, start, rest, gedruckt, druck };
  };
  // Each lane prepares its next report while Chromium prints its current one: node's work on one report
  // (and the chart worker's) overlaps Chromium's on the other. Once a report is printed, its files are written
  // while the lane prints its next one; that print waits for the write of the report before (at most three
  // reports per lane are held at once: written, printing, prepared).
  const arbeiter = async (): Promise<void> => {
    let schreibt: Promise<void> | undefined;
    for (let jetzt = beginne(); jetzt !== undefined; ) {
      const { slug, start, rest, gedruckt, druck } = jetzt;
      let naechster: Begonnen | undefined;
      try {
        const fertigstellen = await rest;
        naechster = beginne();
        const fertig = fertigstellen()
          .then((ergebnis) => {
            const daten = auftrag.datenWarnungen?.(formatVonSlug.get(slug) as Berichtsformat) ?? [];
            const warnungen = [...daten, ...ergebnis.warnungen].filter((p) => p.schwere === 'warnung').length;
            const zeile = berichtsZeile(slug, ergebnis, warnungen, start);
            zeilen.set(slug, zeile);
            fortschritt.setze(slug, ergebnis.aktuell ? 'aktuell' : 'fertig', beschreibe(zeile));
          })
          .catch((roh: unknown) => meldeFehler(slug, roh, start))
          .finally(gedruckt);
        await Promise.race([druck, fertig]);
        await schreibt;
        schreibt = fertig;
      } catch (roh) {
        meldeFehler(slug, roh, start);
        gedruckt();
      }
      jetzt = naechster ?? beginne();
    }
    await schreibt;
  };
  await Promise.all(Array.from({ length: straenge }, arbeiter));
  fortschritt.beende();

  const sortiert = cluster.map((slug) => zeilen.get(slug)).filter((z): z is BatchZeile => z !== undefined);
  effekte.fehlerausgabe(zusammenfassung(sortiert));
  const fehlgeschlagen = sortiert.filter((z) => z.fehler !== undefined);
  const exitCode = fehlgeschlagen.reduce<number | undefined>((max, z) => Math.max(max ?? 0, z.exitCode ?? EXIT.intern), undefined);
  return { zeilen: sortiert, fehlgeschlagen: fehlgeschlagen.length, exitCode };
}

/** The managements `format` reports on in the year, from the data or from the source that has them ready. */
function berichtetVon(daten: BatchAuftrag['daten'], format: Berichtsformat, jahr: number): readonly string[] {
  return 'lade' in daten ? daten.berichtet(format) : format.berichtet(formatDaten(daten, format), jahr);
}

/** The summary row of one finished report; `start` is the `performance.now()` of its start. */
export function berichtsZeile(cluster: string, ergebnis: BerichtErgebnis, warnungen: number, start: number): BatchZeile {
  const { ordner, aktuell, entfernt, seiten } = ergebnis;
  return { cluster, ordner, aktuell, entfernt, seiten, warnungen, sekunden: sekundenSeit(start) };
}

function sekundenSeit(start: number): number {
  return Math.round((performance.now() - start) / 100) / 10;
}

function beschreibe(z: BatchZeile): string {
  if (z.aktuell === true) return 'Eingaben unverändert, nichts geschrieben';
  const entfernt = z.entfernt !== undefined && z.entfernt.length > 0 ? `; ${entferntText(z.entfernt)}` : '';
  return `${z.seiten !== undefined ? `${z.seiten} Seiten, ` : ''}${z.warnungen === 1 ? '1 Warnung' : `${z.warnungen} Warnungen`}, ${z.sekunden.toFixed(1).replace('.', ',')} s${entfernt}`;
}

/** One line about the files of an earlier run that were removed, top-level names only: `abbildungen/, bericht.pdf`. */
export function entferntText(entfernt: readonly string[]): string {
  const namen = [...new Set(entfernt.map((d) => (d.includes('/') ? `${d.slice(0, d.indexOf('/'))}/` : d)))].sort();
  return `Eingaben geändert, nicht mehr passende Dateien eines früheren Laufs entfernt: ${namen.join(', ')}`;
}

/** The summary table printed at the end of a batch. */
export function zusammenfassung(zeilen: BatchZeile[]): string {
  const tabelle = formatiereTabelle(
    ['Cluster', 'Seiten', 'Warnungen', 'Sekunden', 'Ergebnis'],
    zeilen.map((z) => [
      z.cluster,
      z.seiten !== undefined ? String(z.seiten) : '–',
      String(z.warnungen),
      z.sekunden.toFixed(1).replace('.', ','),
      z.fehler !== undefined ? `FEHLER: ${z.fehler}` : z.aktuell === true ? 'aktuell' : 'ok',
    ]),
    [1, 2, 3],
  );
  const fehler = zeilen.filter((z) => z.fehler !== undefined).length;
  const aktuell = zeilen.filter((z) => z.aktuell === true).length;
  const erstellt = zeilen.length - fehler - aktuell;
  const teile = [erstellt === 0 && aktuell > 0 ? `${aktuell} von ${zeilen.length} Berichten aktuell (Eingaben unverändert, nichts geschrieben)` : `${erstellt} von ${zeilen.length} Berichten erstellt`];
  if (aktuell > 0 && erstellt > 0) teile.push(`${aktuell} aktuell (nichts geschrieben)`);
  if (fehler > 0) teile.push(`${fehler} fehlgeschlagen: ${zeilen.filter((z) => z.fehler !== undefined).map((z) => z.cluster).join(', ')}`);
  const fazit = `${teile.join(', ')}.`;
  return `\n${tabelle}\n\n${fazit}`;
}
