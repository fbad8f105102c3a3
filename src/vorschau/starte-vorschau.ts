import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Berichtsformat } from '../bericht/berichtsformat.js';
import { bereiteBerichtVor } from '../bericht/erzeuge-bericht.js';
import { CliFehler, formatiereProblem, type Problem } from '../fehler.js';
import type { LadeOptionen } from '../pruefen/lade-daten.js';
import { beobachteOrdner } from './beobachte-ordner.js';
import { ladeDatenGecacht } from './lade-daten-gecacht.js';
import { fehlerSeite, mitNeuLaden } from './vorschau-seiten.js';
import { problemeFuerFormat } from '../pruefen/probleme-fuer-format.js';

/** What the preview serves and watches. */
export interface VorschauOptionen {
  jahr: number;
  cluster: string;
  datenVerzeichnis: string;
  lesen: LadeOptionen;
  /** Folders whose changes trigger a re-render (data and templates). */
  beobachten: string[];
  /** 0 = a free port. */
  port: number;
  datum?: string;
}

/** A running preview server. */
export interface Vorschau {
  url: string;
  /** Number of renders so far (1 after start). */
  version(): number;
  /** Stops watching and closes the server and every open event stream. */
  stoppe(): Promise<void>;
}

/**
 * Serves the HTML report on 127.0.0.1 and re-renders it whenever a watched file changes; open pages
 * reload through server-sent events. A validation error is shown in the page instead of stopping the server.
 */
export async function starteVorschau(
  optionen: VorschauOptionen,
  formate: readonly Berichtsformat[],
  melde: (zeile: string) => void,
): Promise<Vorschau> {
  let html = '';
  let version = 0;
  const zuhoerer = new Set<ServerResponse>();

  const rendere = async (): Promise<void> => {
    html = mitNeuLaden(await baueSeite(optionen, formate, melde));
    version += 1;
    for (const antwort of zuhoerer) antwort.write(`data: ${version}\n\n`);
  };
  await rendere();

  const server = createServer((anfrage, antwort) => {
    if (anfrage.url === '/ereignisse') {
      antwort.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      antwort.write(`retry: 500\ndata: ${version}\n\n`);
      zuhoerer.add(antwort);
      anfrage.on('close', () => zuhoerer.delete(antwort));
      return;
    }
    if (anfrage.url === '/' || anfrage.url === '/index.html') {
      antwort.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      antwort.end(html);
      return;
    }
    antwort.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    antwort.end('Nicht gefunden');
  });
  await new Promise<void>((fertig, fehler) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      fehler(new CliFehler(`Der Port ${optionen.port} ist nicht verfügbar (${e.code ?? e.message}).`, { cause: e })),
    );
    server.listen(optionen.port, '127.0.0.1', fertig);
  });

  // Debounced re-render on any change; renders never overlap.
  let zeitgeber: NodeJS.Timeout | undefined;
  let laufend = Promise.resolve();
  const beobachter = beobachteOrdner(optionen.beobachten, () => {
    clearTimeout(zeitgeber);
    zeitgeber = setTimeout(() => {
      laufend = laufend.then(rendere).catch((e: unknown) => melde(`Fehler beim Neuaufbau: ${String(e)}`));
    }, 30); // long enough to merge an editor's truncate-and-write; the re-render itself takes ≈ 15 ms
  });

  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    version: () => version,
    async stoppe() {
      clearTimeout(zeitgeber);
      beobachter.schliesse();
      await laufend;
      for (const antwort of zuhoerer) antwort.end();
      zuhoerer.clear();
      server.closeAllConnections();
      await new Promise<void>((fertig) => server.close(() => fertig()));
    },
  };
}

/** Reads, validates and renders the report HTML, or a German error page listing every problem. */
async function baueSeite(optionen: VorschauOptionen, formate: readonly Berichtsformat[], melde: (zeile: string) => void): Promise<string> {
  try {
    const { daten, probleme } = await ladeDatenGecacht(optionen.datenVerzeichnis, formate, optionen.lesen);
    if (!daten) return fehlerSeite('Die Daten sind ungültig', probleme.filter((p) => p.schwere === 'fehler'));
    const id = daten.cluster.find((c) => c.slug === optionen.cluster)?.berichtsformat ?? formate[0]?.id ?? '';
    const format = formate.find((f) => f.id === id) ?? (formate[0] as Berichtsformat);
    const bericht = await bereiteBerichtVor(
      {
        daten,
        datenVerzeichnis: optionen.datenVerzeichnis,
        jahr: optionen.jahr,
        cluster: optionen.cluster,
        ausgabe: '.',
        formate: new Set(['html']),
        streng: false,
        datum: optionen.datum,
      },
      format,
    );
    // the data problems of the tables this report reads (and of the shared files), then its own
    const meldungen: Problem[] = [...problemeFuerFormat(probleme, format, formate), ...bericht.warnungen];
    for (const p of meldungen) melde(`${p.schwere === 'hinweis' ? 'Hinweis' : 'Warnung'}: ${formatiereProblem(p)}`);
    const warnungen = meldungen.filter((p) => p.schwere === 'warnung').length;
    melde(`Vorschau neu aufgebaut${warnungen > 0 ? ` (${warnungen === 1 ? '1 Warnung' : `${warnungen} Warnungen`})` : ''}.`);
    return (bericht.baueHtmlDatei ?? bericht.baueHtml)?.(new Map()) ?? fehlerSeite('Kein HTML erzeugt', []);
  } catch (fehler) {
    if (fehler instanceof CliFehler) {
      melde(`Fehler: ${fehler.message}`);
      return fehlerSeite(fehler.message, fehler.probleme);
    }
    melde(`Unerwarteter Fehler: ${String(fehler)}`);
    return fehlerSeite(`Unerwarteter Fehler: ${fehler instanceof Error ? fehler.message : String(fehler)}`, []);
  }
}

