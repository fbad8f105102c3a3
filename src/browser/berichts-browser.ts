/**
 * One headless Chromium shared by all reports of a run: launched lazily on first use,
 * a sandboxed page per `withPage` (a page that printed without failure serves the next report: its renderer
 * is warm, with the page font already decoded), relaunched after a browser crash, and `dispose()`
 * that leaves no Chromium process behind. This folder is the only place that imports puppeteer-core.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, TimeoutError } from 'puppeteer-core';
import { CliFehler, EXIT } from '../fehler.js';
import { beiAbbruch } from '../abbruch/bei-abbruch.js';
import { beendeChromium } from './beende-chromium.js';
import { CHROMIUM_FLAGS } from './chromium-flags.js';
import { richteBerichtsSeiteEin, type BerichtsSeite, type WiederverwendbareSeite } from './berichts-seite.js';
import { findeBrowser } from './finde-browser.js';
import { SeitenFehler } from './seiten-fehler.js';
import { toeteChromium } from './toete-chromium.js';

/** Options for the shared browser. */
export interface BerichtsBrowserOptionen {
  /** Explicit browser executable (CLI option `--browser`). */
  browserPfad?: string;
  /** Timeout for loading and printing one page, in milliseconds; default 60000. */
  timeoutMs?: number;
  /** Environment for the browser lookup; default `process.env`. */
  env?: NodeJS.ProcessEnv;
}

/** A running Chromium and its temporary profile directory. */
interface Instanz {
  browser: Browser;
  verzeichnis: string;
  /** Drops the emergency clean-up registered for this instance (see `beiAbbruch`). */
  abmelden: () => void;
}

/**
 * puppeteer-core, loaded with the first launch: a run whose reports are all current never needs it (its modules
 * are the largest part of the program). `Zeitfehler` is its TimeoutError once loaded.
 */
const importiere = () => import('puppeteer-core');
let puppeteerModul: ReturnType<typeof importiere> | undefined;
let Zeitfehler: typeof TimeoutError | undefined;
function ladePuppeteer(): ReturnType<typeof importiere> {
  puppeteerModul ??= importiere().then((modul) => {
    Zeitfehler = modul.TimeoutError;
    return modul;
  });
  return puppeteerModul;
}

/** A set-up page waiting for the next report, and the browser it belongs to. */
interface FreieSeite {
  browser: Browser;
  page: Page;
  seite: WiederverwendbareSeite;
}

/** Time Chromium gets to start up. */
const START_FRIST_MS = 30_000;
const ABSTURZ = 'Die Browserseite ist beim Drucken abgestürzt.';

/** The error for using the browser after dispose(). */
function beendet(): CliFehler {
  return new CliFehler('Der Browser wurde bereits beendet.', { exitCode: EXIT.intern });
}

/** A lazily launched Chromium that prints reports on sandboxed pages; call `dispose()` when done. */
export class BerichtsBrowser {
  private readonly optionen: BerichtsBrowserOptionen;
  private start: Promise<Instanz> | undefined;
  private aktuell: Instanz | undefined;
  /** Cleanups of crashed browsers still running; dispose() waits for them. */
  private readonly aufraeumen = new Set<Promise<void>>();
  private entsorgung: Promise<void> | undefined;
  /** Pages that printed without failure, for the next reports (at most as many as ran at once). */
  private readonly frei: FreieSeite[] = [];
  private geoeffnet = 0;
  /** Pages being set up in advance by vorwaermen(), for the first withPage calls (one each, in order). */
  private readonly vorab: Promise<FreieSeite | undefined>[] = [];
  /** How many pages vorwaermen() has set up in advance so far. */
  private vorgewaermt = 0;

  constructor(optionen: BerichtsBrowserOptionen = {}) {
    this.optionen = optionen;
  }

  /** How many pages this browser has opened so far (a report on a page left by an earlier one opens none). */
  get geoeffneteSeiten(): number {
    return this.geoeffnet;
  }

  /** The temporary Chromium profile directory while the browser runs (for tests and diagnostics). */
  get benutzerVerzeichnis(): string | undefined {
    return this.aktuell?.verzeichnis;
  }

  /**
   * Runs `fn` on a sandboxed page: one left by an earlier report of this browser, or a new one. A page on which
   * `fn` failed (crash, timeout, any error) is closed; crashes and timeouts become SeitenFehler.
   */
  async withPage<T>(fn: (seite: BerichtsSeite) => Promise<T>): Promise<T> {
    // A page set up in advance (vorwaermen) goes to a report that asks, one each.
    const vorab = this.vorab.shift();
    const { browser } = await this.instanz();
    const timeoutMs = this.optionen.timeoutMs ?? 60_000;
    const warm = await vorab;
    if (warm !== undefined) this.frei.push(warm);
    let frei = this.frei.pop();
    while (frei !== undefined && (frei.browser !== browser || frei.page.isClosed())) frei = this.frei.pop();
    let page: Page;
    try {
      if (frei !== undefined) page = frei.page;
      else {
        page = await browser.newPage();
        this.geoeffnet += 1;
      }
    } catch (fehler) {
      throw this.einordnen(fehler, timeoutMs);
    }
    let abgestuerzt = (_: unknown): void => undefined;
    let getrennt = (): void => undefined;
    const absturz = new Promise<never>((_, reject) => {
      abgestuerzt = (fehler) => reject(new SeitenFehler('absturz', ABSTURZ, { cause: fehler }));
      getrennt = () => reject(this.entsorgung === undefined ? new SeitenFehler('absturz', ABSTURZ) : beendet());
      page.once('error', abgestuerzt);
      browser.once('disconnected', getrennt);
    });
    absturz.catch(() => undefined);
    let seite = frei?.seite;
    let heil = false;
    try {
      seite ??= await richteBerichtsSeiteEin(page, timeoutMs);
      seite.leereBlockierte();
      const ergebnis = await Promise.race([fn(seite), absturz]);
      heil = true;
      return ergebnis;
    } catch (fehler) {
      throw this.einordnen(fehler, timeoutMs);
    } finally {
      browser.off('disconnected', getrennt);
      page.off('error', abgestuerzt);
      if (heil && seite !== undefined && browser.connected && this.entsorgung === undefined && !page.isClosed()) {
        this.frei.push({ browser, page, seite });
      } else if (browser.connected) {
        // Closing takes Chromium ≈ 0.1 s; the report does not wait for it (dispose ends the browser with every page).
        void page.close().catch(() => undefined);
      }
    }
  }

  /** Closes the browser (killing it if closing hangs) and removes its profile directory; safe to call twice. */
  dispose(): Promise<void> {
    this.entsorgung ??= (async () => {
      const instanz = await this.start?.catch(() => undefined);
      if (instanz !== undefined) {
        await beendeChromium(instanz.browser, instanz.verzeichnis);
        instanz.abmelden();
      }
      this.aktuell = undefined;
      this.frei.length = 0;
      await Promise.all(this.aufraeumen);
    })();
    return this.entsorgung;
  }

  /**
   * Starts launching Chromium now, in the background, and sets up `seiten` pages on it (as many as reports will
   * print at once), so that the launch and the pages' renderers overlap with reading the data and rendering the
   * charts; later calls set up only what a larger `seiten` adds, further pages open as the reports need them.
   * A launch error is not lost: the next `withPage` launches again and throws it; a page that could not be set
   * up in advance is opened by `withPage` as usual.
   */
  vorwaermen(seiten = 1): void {
    this.instanz().catch(() => undefined);
    const timeoutMs = this.optionen.timeoutMs ?? 60_000;
    for (; this.vorgewaermt < seiten; this.vorgewaermt++) {
      const vorab = this.instanz().then(
        async ({ browser }): Promise<FreieSeite | undefined> => {
          try {
            const page = await browser.newPage();
            this.geoeffnet += 1;
            const seite = await richteBerichtsSeiteEin(page, timeoutMs);
            return { browser, page, seite };
          } catch {
            return undefined;
          }
        },
        () => undefined,
      );
      this.vorab.push(vorab);
    }
  }

  /** The running browser, launched on first use and again after it crashed. */
  private instanz(): Promise<Instanz> {
    if (this.entsorgung !== undefined) {
      return Promise.reject(beendet());
    }
    if (this.start === undefined) {
      const start = this.starte();
      this.start = start;
      start.then(
        (instanz) => {
          instanz.browser.once('disconnected', () => this.verloren(start, instanz));
        },
        () => {
          if (this.start === start) this.start = undefined;
        },
      );
    }
    return this.start;
  }

  /** After a browser crash: forget it (the next withPage relaunches) and clean up what is left of it. */
  private verloren(start: Promise<Instanz>, instanz: Instanz): void {
    if (this.entsorgung !== undefined || this.start !== start) return;
    this.start = undefined;
    this.aktuell = undefined;
    this.frei.length = 0;
    const reste = beendeChromium(instanz.browser, instanz.verzeichnis)
      .catch(() => undefined)
      .then(() => instanz.abmelden());
    this.aufraeumen.add(reste);
    void reste.then(() => this.aufraeumen.delete(reste));
  }

  private async starte(): Promise<Instanz> {
    const pfad = findeBrowser(this.optionen.browserPfad, this.optionen.env ?? process.env);
    const verzeichnis = await mkdtemp(join(tmpdir(), 'ewm-report-chromium-'));
    // An interrupted run (Ctrl-C) kills this Chromium and removes its profile, even during the launch.
    let pid: number | undefined;
    const abmelden = beiAbbruch(() => toeteChromium(verzeichnis, pid));
    try {
      const { default: puppeteer } = await ladePuppeteer();
      const browser = await puppeteer.launch({
        executablePath: pfad,
        headless: true,
        pipe: true,
        args: [...CHROMIUM_FLAGS],
        userDataDir: verzeichnis,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        timeout: START_FRIST_MS,
      });
      pid = browser.process()?.pid;
      this.aktuell = { browser, verzeichnis, abmelden };
      return this.aktuell;
    } catch (fehler) {
      await rm(verzeichnis, { recursive: true, force: true });
      abmelden();
      const grund = fehler instanceof Error ? fehler.message.split('\n')[0] : String(fehler);
      throw new CliFehler(
        `Chromium konnte nicht gestartet werden (${pfad}): ${grund}. Bitte einen funktionierenden Browser mit --browser PFAD ` +
          'oder PUPPETEER_EXECUTABLE_PATH angeben oder Chromium installieren (apt-get install chromium).',
        { exitCode: EXIT.umgebung, cause: fehler },
      );
    }
  }

  /** Maps puppeteer failures to SeitenFehler (retryable) and passes everything else on. */
  private einordnen(fehler: unknown, timeoutMs: number): unknown {
    if (fehler instanceof SeitenFehler || fehler instanceof CliFehler) return fehler;
    if (Zeitfehler !== undefined && fehler instanceof Zeitfehler) {
      return new SeitenFehler('zeitueberschreitung', `Zeitüberschreitung beim Drucken (nach ${timeoutMs} ms).`, { cause: fehler });
    }
    const text = fehler instanceof Error ? fehler.message : String(fehler);
    if (this.entsorgung === undefined && /target closed|session closed|connection closed|crash/i.test(text)) {
      return new SeitenFehler('absturz', ABSTURZ, { cause: fehler });
    }
    return fehler;
  }
}
