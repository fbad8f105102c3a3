import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BerichtsBrowser } from '../../src/browser/berichts-browser.js';
import { erzeugeAlle } from '../../src/bericht/erzeuge-alle.js';
import type { Berichtsformat } from '../../src/bericht/berichtsformat.js';
import { schreibeAtomar } from '../../src/ausgabe/schreibe-atomar.js';
import { ewmFormat } from '../../src/ewm/ewm-format.js';
import { FORMATE } from '../../src/formate.js';
import type { Datenbestand } from '../../src/model/typen.js';
import { ladeDaten } from '../../src/pruefen/lade-daten.js';
import { WURZEL } from '../hilfen/pfade.js';

const MINIMAL = path.join(WURZEL, 'test', 'fixtures', 'gueltig', 'minimal');
/** How long a print waits for the next report's preparation to begin before it goes ahead anyway. */
const GEDULD_MS = 3000;

let basis: string;
let minimal: Datenbestand;
beforeAll(async () => {
  basis = await mkdtemp(path.join(os.tmpdir(), 'ewm-vorbereitung-'));
  minimal = (await ladeDaten(MINIMAL, FORMATE)).daten as Datenbestand;
}, 60_000);
afterAll(() => rm(basis, { recursive: true, force: true }));

/** A batch that prints nothing to the terminal. */
const STILL = { ausgabe: () => undefined, fehlerausgabe: () => undefined, istTerminal: false };

/** The real browser, noting in `folge` when each print begins and ends; `vorDruck(n)` may hold print n back. */
function protokollierenderBrowser(echt: BerichtsBrowser, folge: string[], vorDruck: (n: number) => Promise<void> = () => Promise.resolve()): BerichtsBrowser {
  let drucke = 0;
  return {
    withPage: async <T>(fn: Parameters<BerichtsBrowser['withPage']>[0]): Promise<T> => {
      const n = (drucke += 1);
      await vorDruck(n);
      folge.push(`Druck ${n} beginnt`);
      try {
        return (await echt.withPage(fn)) as T;
      } finally {
        folge.push(`Druck ${n} endet`);
      }
    },
  } as unknown as BerichtsBrowser;
}

describe('a batch lane prepares its next report while Chromium prints the current one', () => {
  it('with --parallel 1 the next report is being prepared (its Kennzahlen computed) when the print of the one before begins', async () => {
    const folge: string[] = [];
    let vorbereitet = 0;
    const wartende: (() => void)[] = [];
    // The EWM format, noting when a report's Kennzahlen are computed (stage 2 of its preparation).
    const format = {
      ...ewmFormat,
      berechneNachweis: (...argumente: Parameters<NonNullable<typeof ewmFormat.berechneNachweis>>) => {
        folge.push(`Kennzahlen ${argumente[1]}`);
        vorbereitet += 1;
        for (const weiter of wartende.splice(0)) weiter();
        return ewmFormat.berechneNachweis?.(...argumente);
      },
    } as Berichtsformat;
    const echt = new BerichtsBrowser();
    // Print n waits (at most GEDULD_MS) until report n + 1 is being prepared: without the overlap it never is.
    const browser = protokollierenderBrowser(echt, folge, async (n) => {
      if (n < 3 && vorbereitet <= n) {
        await new Promise<void>((weiter) => {
          wartende.push(weiter);
          setTimeout(weiter, GEDULD_MS);
        });
      }
    });
    try {
      const ergebnis = await erzeugeAlle(
        { daten: minimal, datenVerzeichnis: MINIMAL, jahr: 2019, ausgabe: path.join(basis, 'aus'), formate: new Set(['pdf']), streng: false, parallel: 1 },
        () => format,
        { browser: () => browser, schreibe: schreibeAtomar, effekte: STILL },
      );
      expect(ergebnis.fehlgeschlagen).toBe(0);
    } finally {
      await echt.dispose();
    }
    expect(folge).toEqual([
      'Kennzahlen industrielle-produktion',
      'Kennzahlen energietechnik',
      'Druck 1 beginnt',
      'Druck 1 endet',
      'Kennzahlen smart-cities',
      'Druck 2 beginnt',
      'Druck 2 endet',
      'Druck 3 beginnt',
      'Druck 3 endet',
    ]);
  }, 60_000);

  it('with --parallel 1 the lane prints its next report while the files of the one before are written', async () => {
    const folge: string[] = [];
    let naechsterDruck = (): void => undefined;
    const zweiterDruck = new Promise<void>((weiter) => (naechsterDruck = weiter));
    const echt = new BerichtsBrowser();
    const browser = protokollierenderBrowser(echt, folge, async (n) => {
      if (n === 2) naechsterDruck();
    });
    try {
      const ergebnis = await erzeugeAlle(
        { daten: minimal, datenVerzeichnis: MINIMAL, jahr: 2019, ausgabe: path.join(basis, 'nebenher'), formate: new Set(['pdf', 'json']), streng: false, parallel: 1 },
        () => ewmFormat,
        {
          browser: () => browser,
          // The first report's files are written only once the second print began (at most GEDULD_MS later):
          // a lane that waited for the files first would never get there.
          schreibe: async (ordner, dateien, behalten) => {
            if (folge.every((e) => !e.startsWith('geschrieben'))) await Promise.race([zweiterDruck, new Promise((weiter) => setTimeout(weiter, GEDULD_MS))]);
            await schreibeAtomar(ordner, dateien, behalten);
            folge.push(`geschrieben ${path.basename(ordner)}`);
          },
          effekte: STILL,
        },
      );
      expect(ergebnis.fehlgeschlagen).toBe(0);
      expect(ergebnis.zeilen.map((z) => z.cluster)).toEqual(['industrielle-produktion', 'energietechnik', 'smart-cities']);
    } finally {
      await echt.dispose();
    }
    expect(folge.slice(0, 4)).toEqual(['Druck 1 beginnt', 'Druck 1 endet', 'Druck 2 beginnt', 'geschrieben industrielle-produktion']);
    expect(folge.filter((e) => e.startsWith('geschrieben'))).toHaveLength(3);
  }, 60_000);

  it('with --parallel 1 and slow writes the next print waits for the write of the report before: at most two writes at once', async () => {
    const folge: string[] = [];
    let schreibend = 0;
    let hoechstens = 0;
    const echt = new BerichtsBrowser();
    const browser = protokollierenderBrowser(echt, folge);
    try {
      const ergebnis = await erzeugeAlle(
        { daten: minimal, datenVerzeichnis: MINIMAL, jahr: 2019, ausgabe: path.join(basis, 'langsam'), formate: new Set(['pdf']), streng: false, parallel: 1 },
        () => ewmFormat,
        {
          browser: () => browser,
          schreibe: async (ordner, dateien, behalten) => {
            schreibend += 1;
            hoechstens = Math.max(hoechstens, schreibend);
            await new Promise((weiter) => setTimeout(weiter, 1500));
            await schreibeAtomar(ordner, dateien, behalten);
            folge.push(`geschrieben ${path.basename(ordner)}`);
            schreibend -= 1;
          },
          effekte: STILL,
        },
      );
      expect(ergebnis.fehlgeschlagen).toBe(0);
    } finally {
      await echt.dispose();
    }
    expect(hoechstens).toBe(2);
    expect(folge.indexOf('Druck 3 beginnt')).toBeGreaterThan(folge.indexOf('geschrieben industrielle-produktion'));
  }, 60_000);

  it('a report whose summary line cannot be made fails on its own line; the batch goes on', async () => {
    const echt = new BerichtsBrowser();
    try {
      const ergebnis = await erzeugeAlle(
        {
          daten: minimal, datenVerzeichnis: MINIMAL, jahr: 2019, ausgabe: path.join(basis, 'zeile'), formate: new Set(['json']), streng: false, parallel: 1,
          datenWarnungen: () => {
            throw new Error('Warnungen nicht lesbar');
          },
        },
        () => ewmFormat,
        { browser: () => echt, schreibe: schreibeAtomar, effekte: STILL },
      );
      expect(ergebnis.fehlgeschlagen).toBe(3);
      expect(ergebnis.zeilen.map((z) => z.fehler)).toEqual(['Warnungen nicht lesbar', 'Warnungen nicht lesbar', 'Warnungen nicht lesbar']);
    } finally {
      await echt.dispose();
    }
  }, 60_000);

  it.each([1, 2, 3])('with --parallel %i the browser sets up that many pages in advance (one per lane)', async (parallel) => {
    const vorab: number[] = [];
    const echt = new BerichtsBrowser();
    const browser = {
      withPage: <T>(fn: Parameters<BerichtsBrowser['withPage']>[0]): Promise<T> => echt.withPage(fn) as Promise<T>,
      vorwaermen: (seiten?: number) => void vorab.push(seiten ?? 1),
    } as unknown as BerichtsBrowser;
    try {
      const ergebnis = await erzeugeAlle(
        { daten: minimal, datenVerzeichnis: MINIMAL, jahr: 2019, ausgabe: path.join(basis, `vorab-${parallel}`), formate: new Set(['pdf']), streng: false, parallel },
        () => ewmFormat,
        { browser: () => browser, schreibe: schreibeAtomar, effekte: STILL },
      );
      expect(ergebnis.zeilen).toHaveLength(3);
      expect(ergebnis.fehlgeschlagen).toBe(0);
    } finally {
      await echt.dispose();
    }
    // every report asks (the browser sets up pages only once); at most one lane per report
    expect(vorab).toEqual([parallel, parallel, parallel]);
  }, 60_000);

  it.each([1, 2])('with --parallel %i tells its caller once, after the last print and before the last files are written, that nothing prints any more', async (parallel) => {
    const folge: string[] = [];
    const echt = new BerichtsBrowser();
    const browser = protokollierenderBrowser(echt, folge);
    try {
      const ergebnis = await erzeugeAlle(
        { daten: minimal, datenVerzeichnis: MINIMAL, jahr: 2019, ausgabe: path.join(basis, `gedruckt-${parallel}`), formate: new Set(['pdf']), streng: false, parallel },
        () => ewmFormat,
        {
          browser: () => browser,
          schreibe: async (ordner, dateien, behalten) => {
            await schreibeAtomar(ordner, dateien, behalten);
            folge.push(`geschrieben ${path.basename(ordner)}`);
          },
          gedruckt: () => void folge.push('alle gedruckt'),
          effekte: STILL,
        },
      );
      expect(ergebnis.fehlgeschlagen).toBe(0);
    } finally {
      await echt.dispose();
    }
    expect(folge.filter((e) => e === 'alle gedruckt')).toHaveLength(1);
    const signal = folge.indexOf('alle gedruckt');
    expect(folge.filter((e) => e.endsWith('endet'))).toHaveLength(3);
    expect(folge.slice(signal + 1).some((e) => e.startsWith('Druck'))).toBe(false);
    expect(folge.slice(signal + 1).some((e) => e.startsWith('geschrieben'))).toBe(true);
  }, 60_000);
});
