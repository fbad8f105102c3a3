// Faults after validation: a browser that is missing or dies at launch (exit 3 with the hint), a page
// that crashes or times out (one retry, then a clear failure while a batch goes on), texts that fail
// mid-pipeline. An existing report stays byte-identical and no Chromium process survives any run.
import { chmod, cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BerichtsBrowser } from '../../src/browser/berichts-browser.js';
import type { BerichtsSeite } from '../../src/browser/berichts-seite.js';
import { SeitenFehler } from '../../src/browser/seiten-fehler.js';
import { erzeugeAlle } from '../../src/bericht/erzeuge-alle.js';
import { erzeugeBericht, type BerichtAuftrag } from '../../src/bericht/erzeuge-bericht.js';
import { ewmFormat } from '../../src/ewm/ewm-format.js';
import { CliFehler } from '../../src/fehler.js';
import { FORMATE } from '../../src/formate.js';
import { ladeDaten } from '../../src/pruefen/lade-daten.js';
import { schreibeAtomar } from '../../src/ausgabe/schreibe-atomar.js';
import type { Datenbestand } from '../../src/model/typen.js';
import { prozesseMit } from '../pdf/poppler.js';
import { pruefsummen, starteCli } from '../hilfen/werkzeuge.js';
import { WURZEL } from '../hilfen/pfade.js';

const MINIMAL = path.join(WURZEL, 'test', 'fixtures', 'gueltig', 'minimal');
const HINWEIS = /--browser PFAD.*PUPPETEER_EXECUTABLE_PATH.*\(apt-get install chromium\)\.$/;

let basis: string;
let vorlage: string;
let vorlageSummen: Record<string, string>;
let minimal: Datenbestand;

beforeAll(async () => {
  basis = await mkdtemp(path.join(os.tmpdir(), 'ewm-browserfehler-'));
  vorlage = path.join(basis, 'vorlage');
  const lauf = await starteCli(['2019', '--cluster', 'industrielle-produktion', '--format', 'json,html', '--ausgabe', vorlage, '--ruhig']);
  expect(lauf.code, lauf.stderr).toBe(0);
  vorlageSummen = await pruefsummen(vorlage);
  minimal = (await ladeDaten(MINIMAL, FORMATE)).daten!;
}, 120_000);

afterAll(async () => {
  await rm(basis, { recursive: true, force: true });
});

/** A copy of the previous report and a private TMPDIR (Chromium profiles land there, so they can be counted). */
async function bereite(name: string): Promise<{ ausgabe: string; tmp: string }> {
  const ausgabe = path.join(basis, name, 'aus');
  const tmp = path.join(basis, name, 'tmp');
  await cp(vorlage, ausgabe, { recursive: true });
  await mkdir(tmp, { recursive: true });
  return { ausgabe, tmp };
}

describe('browser and pipeline faults through the built CLI', () => {
  it('--browser /nonexistent: exit 3 with the hint, the previous report untouched', async () => {
    const { ausgabe, tmp } = await bereite('fehlt');
    const lauf = await starteCli(['2019', '--cluster', 'industrielle-produktion', '--browser', '/nonexistent/chromium', '--ausgabe', ausgabe, '--ruhig'], { TMPDIR: tmp });
    expect(lauf.code).toBe(3);
    const letzte = lauf.stderr.trimEnd().split('\n').at(-1) ?? '';
    expect(letzte).toMatch(/^Fehler: Browser nicht gefunden: "\/nonexistent\/chromium" \(Option --browser\) existiert nicht oder ist nicht ausführbar\. /);
    expect(letzte).toMatch(HINWEIS);
    expect(lauf.stderr).not.toMatch(/^\s+at /m);
    expect(await pruefsummen(ausgabe)).toEqual(vorlageSummen);
    expect(await readdir(tmp)).toEqual([]);
  });

  it('a "browser" that exits at once: exit 3 with the hint, no profile or process left', async () => {
    const { ausgabe, tmp } = await bereite('stirbt');
    const skript = path.join(basis, 'stirbt', 'chromium');
    await writeFile(skript, '#!/bin/sh\necho "kaputt" >&2\nexit 1\n');
    await chmod(skript, 0o755);
    const lauf = await starteCli(['2019', '--cluster', 'industrielle-produktion', '--browser', skript, '--ausgabe', ausgabe, '--ruhig'], { TMPDIR: tmp });
    expect(lauf.code).toBe(3);
    const letzte = lauf.stderr.trimEnd().split('\n').at(-1) ?? '';
    expect(letzte).toContain(`Fehler: Chromium konnte nicht gestartet werden (${skript}): `);
    expect(letzte).toMatch(HINWEIS);
    expect(lauf.stderr).not.toMatch(/^\s+at /m);
    expect(await pruefsummen(ausgabe)).toEqual(vorlageSummen);
    expect(await readdir(tmp)).toEqual([]);
    expect(prozesseMit(tmp)).toEqual([]);
  });

  it('texts that fail mid-pipeline (after the Kennzahlen): exit 2 naming the file and line, the previous report untouched', async () => {
    const { ausgabe, tmp } = await bereite('texte');
    const daten = path.join(basis, 'texte', 'daten');
    await cp(path.join(WURZEL, 'data'), daten, { recursive: true });
    await writeFile(path.join(daten, 'texte/2019/industrielle-produktion/erfolgsbeispiele/99-kaputt.md'), '---\nleitlinie: Nachhaltigkeit\n---\nText ohne Titel.\n');
    const lauf = await starteCli(['2019', '--cluster', 'industrielle-produktion', '--daten', daten, '--ausgabe', ausgabe, '--ruhig'], { TMPDIR: tmp });
    expect(lauf.code, lauf.stderr).toBe(2);
    expect(lauf.stderr).toContain('texte/2019/industrielle-produktion/erfolgsbeispiele/99-kaputt.md:1: Front Matter: "titel" fehlt oder ist kein Text.');
    expect(lauf.stderr.trimEnd().split('\n').at(-1)).toBe('Fehler: Die Texte für Industrielle Produktion 2019 sind unvollständig oder fehlerhaft.');
    expect(await pruefsummen(ausgabe)).toEqual(vorlageSummen);
    expect(prozesseMit(tmp)).toEqual([]);
  });

  it('a successful PDF run leaves no Chromium process and no profile folder behind', async () => {
    const { ausgabe, tmp } = await bereite('erfolg');
    const lauf = await starteCli(['2019', '--cluster', 'industrielle-produktion', '--daten', MINIMAL, '--format', 'pdf', '--ausgabe', ausgabe, '--ruhig'], { TMPDIR: tmp });
    expect(lauf.code, lauf.stderr).toBe(0);
    expect(prozesseMit(tmp)).toEqual([]);
    expect(await readdir(tmp)).toEqual([]);
    const dateien = await readdir(path.join(ausgabe, '2019', 'industrielle-produktion'));
    expect(dateien).toContain('bericht.pdf');
    expect(dateien).not.toContain('bericht.html');
  }, 60_000);
});

/** A BerichtsBrowser stand-in that fails the print of pages whose HTML matches `faellt`, and counts attempts. */
function stoerBrowser(echt: BerichtsBrowser, faellt: (html: string, versuch: number) => SeitenFehler | undefined): { browser: BerichtsBrowser; versuche: () => number } {
  let versuche = 0;
  const browser = {
    withPage: <T>(fn: (seite: BerichtsSeite) => Promise<T>): Promise<T> =>
      echt.withPage((seite) =>
        fn({
          blockierteAnfragen: () => seite.blockierteAnfragen(),
          druckePdf: async (html, optionen) => {
            versuche += 1;
            const fehler = faellt(html, versuche);
            if (fehler) throw fehler;
            return seite.druckePdf(html, optionen);
          },
        }),
      ),
  } as unknown as BerichtsBrowser;
  return { browser, versuche: () => versuche };
}

describe('a crashed or timed-out page is retried once', () => {
  const auftrag = (ausgabe: string): BerichtAuftrag => ({
    daten: minimal, datenVerzeichnis: MINIMAL, jahr: 2019, cluster: 'industrielle-produktion', ausgabe, formate: new Set(['pdf']), streng: false,
  });
  const zeit = new SeitenFehler('zeitueberschreitung', 'Zeitüberschreitung beim Drucken (nach 1000 ms).');

  it('a page that fails once is printed on the retry', async () => {
    const echt = new BerichtsBrowser();
    try {
      const { browser, versuche } = stoerBrowser(echt, (_, n) => (n === 1 ? zeit : undefined));
      const ausgabe = path.join(basis, 'retry-ok');
      const ergebnis = await erzeugeBericht(auftrag(ausgabe), ewmFormat, { browser: () => browser, schreibe: schreibeAtomar });
      expect(ergebnis.dateien).toContain('bericht.pdf');
      expect(ergebnis.seiten).toBeGreaterThan(5);
      expect(versuche()).toBeGreaterThanOrEqual(2);
    } finally {
      await echt.dispose();
    }
  }, 60_000);

  it('a page that fails twice fails the report with a clear German message; the previous report stays', async () => {
    const echt = new BerichtsBrowser();
    const ausgabe = path.join(basis, 'retry-zweimal');
    await cp(vorlage, ausgabe, { recursive: true });
    try {
      const { browser, versuche } = stoerBrowser(echt, () => new SeitenFehler('absturz', 'Die Browserseite ist beim Drucken abgestürzt.'));
      const fehler = await erzeugeBericht(auftrag(ausgabe), ewmFormat, { browser: () => browser, schreibe: schreibeAtomar }).catch((f: unknown) => f);
      expect(fehler).toBeInstanceOf(CliFehler);
      expect((fehler as CliFehler).message).toBe('Der PDF-Druck für Industrielle Produktion ist zweimal fehlgeschlagen: Die Browserseite ist beim Drucken abgestürzt.');
      expect((fehler as CliFehler).exitCode).toBe(1);
      expect(versuche()).toBe(2);
      expect(await pruefsummen(ausgabe)).toEqual(vorlageSummen);
    } finally {
      await echt.dispose();
    }
  }, 60_000);

  it('in a batch, the failing report is listed with its reason while the others are written; no Chromium survives', async () => {
    const echt = new BerichtsBrowser();
    const ausgabe = path.join(basis, 'batch');
    const meldungen: string[] = [];
    let verzeichnis = '';
    try {
      const { browser } = stoerBrowser(echt, (html) => {
        verzeichnis = echt.benutzerVerzeichnis ?? verzeichnis;
        return /<title>[^<]*Energietechnik/.test(html.replace(/\u00ad/g, '')) ? zeit : undefined;
      });
      const ergebnis = await erzeugeAlle(
        { daten: minimal, datenVerzeichnis: MINIMAL, jahr: 2019, ausgabe, formate: new Set(['pdf']), streng: false, parallel: 2 },
        () => ewmFormat,
        {
          browser: () => browser,
          schreibe: schreibeAtomar,
          effekte: { ausgabe: (t) => meldungen.push(t), fehlerausgabe: (t) => meldungen.push(t), istTerminal: false },
        },
      );
      expect(ergebnis.zeilen.map((z) => [z.cluster, z.fehler ?? 'ok'])).toEqual([
        ['industrielle-produktion', 'ok'],
        ['energietechnik', 'Der PDF-Druck für Energietechnik ist zweimal fehlgeschlagen: Zeitüberschreitung beim Drucken (nach 1000 ms).'],
        ['smart-cities', 'ok'],
      ]);
      expect(ergebnis.fehlgeschlagen).toBe(1);
      expect(ergebnis.exitCode).toBe(1);
      expect(meldungen.join('\n')).toContain('2 von 3 Berichten erstellt, 1 fehlgeschlagen: energietechnik.');
      expect((await readdir(path.join(ausgabe, '2019'))).sort()).toEqual(['industrielle-produktion', 'smart-cities']);
    } finally {
      await echt.dispose();
    }
    expect(verzeichnis).toMatch(/ewm-report-chromium-/);
    expect(prozesseMit(verzeichnis)).toEqual([]);
  }, 120_000);
});
