// `ewm-report vorschau`: a real headless Chromium loads the page; a changed text appears without a manual
// reload; a validation error is shown in the page; Ctrl-C stops the server and frees the port.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findeBrowser } from '../../src/browser/finde-browser.js';
import { kopiereBeispieldaten } from '../hilfen/datenkopie.js';
import { starteVorschauProzess } from '../hilfen/vorschau-prozess.js';

let basis: string;
let daten: string;
let prozess: ChildProcess;
let url: string;
let browser: Browser;
let stderr: () => string = () => '';

beforeAll(async () => {
  ({ basis, daten } = await kopiereBeispieldaten());
  ({ prozess, url, stderr } = await starteVorschauProzess(['2019', '--cluster', 'industrielle-produktion', '--daten', daten]));
  browser = await puppeteer.launch({
    executablePath: findeBrowser(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (prozess.exitCode === null) prozess.kill('SIGKILL');
  await rm(basis, { recursive: true, force: true });
});

const ohneTrennung = (text: string): string => text.replace(/\u00ad/g, '');

describe('ewm-report vorschau', () => {
  it('serves the report, reloads it when a text changes and shows validation errors in the page', async () => {
    const seite = await browser.newPage();
    await seite.goto(url, { waitUntil: 'load' });
    expect(ohneTrennung(await seite.evaluate(() => document.body.innerText))).toContain('3.4 Fazit und Ausblick');

    // 1. an analyst edits the Fazit: the open page shows it without a manual reload
    await appendFile(path.join(daten, 'texte/2019/industrielle-produktion/fazit.md'), '\n\nNachtrag aus dem Vorschautest: Zebrastreifen.\n');
    await seite.waitForFunction(() => document.body.innerText.replace(/\u00ad/g, '').includes('Zebrastreifen'), { timeout: 20_000 });

    // 2. invalid data: the page lists the problem instead of the server crashing
    const projekte = path.join(daten, 'projekte.csv');
    const original = await readFile(projekte);
    await writeFile(projekte, Buffer.concat([original, Buffer.from('X-1;kaputt\r\n')]));
    await seite.waitForFunction(() => document.querySelector('ul.probleme') !== null, { timeout: 20_000 });
    expect(await seite.evaluate(() => document.body.innerText)).toMatch(/projekte\.csv:\d+:/);

    // 3. fixed again: the report is back
    await writeFile(projekte, original);
    await seite.waitForFunction(() => document.body.innerText.replace(/\u00ad/g, '').includes('Zebrastreifen'), { timeout: 20_000 });
    await seite.close();
  }, 90_000);

  it('lists its warnings with the same count as pruefen', () => {
    expect(stderr()).toContain('Warnung: beteiligungen.csv:3: Die Beteiligung von Akteur "AK-0040"');
    expect(stderr()).toContain('Vorschau neu aufgebaut (1 Warnung).');
  });

  it('follows a text replaced by sed -i, renamed with mv, deleted and re-created', async () => {
    const seite = async (): Promise<string> => ohneTrennung(await (await fetch(url)).text());
    const warteAuf = async (passt: (html: string) => boolean): Promise<void> => {
      const start = Date.now();
      while (!passt(await seite())) {
        if (Date.now() - start > 20_000) throw new Error('Die Vorschau hat die Änderung nicht übernommen');
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const fazit = path.join(daten, 'texte/2019/industrielle-produktion/fazit.md');
    execFileSync('sed', ['-i', 's/Zebrastreifen/Giraffenhals/', fazit]);
    await warteAuf((h) => h.includes('Giraffenhals'));
    // after the replacement, a plain write must still be seen
    await appendFile(fazit, '\nNoch ein Nachtrag: Okapi.\n');
    await warteAuf((h) => h.includes('Okapi'));
    execFileSync('sed', ['-i', 's/Okapi/Nashorn/', fazit]);
    await warteAuf((h) => h.includes('Nashorn'));
    execFileSync('mv', [fazit, `${fazit}.weg`]);
    await warteAuf((h) => !h.includes('Nashorn'));
    execFileSync('mv', [`${fazit}.weg`, fazit]);
    await warteAuf((h) => h.includes('Nashorn'));
    const inhalt = await readFile(fazit);
    await rm(fazit);
    await warteAuf((h) => !h.includes('Nashorn'));
    await writeFile(fazit, inhalt);
    await warteAuf((h) => h.includes('Nashorn'));
  }, 120_000);

  it('stops cleanly on Ctrl-C (SIGINT) and frees the port', async () => {
    const port = Number(new URL(url).port);
    const ende = new Promise<number | null>((fertig) => prozess.once('exit', (code) => fertig(code)));
    prozess.kill('SIGINT');
    expect(await ende).toBe(0);
    expect(stderr()).toContain('Vorschau beendet.');
    await new Promise<void>((fertig, fehler) => {
      const probe = createServer();
      probe.once('error', fehler);
      probe.listen(port, '127.0.0.1', () => probe.close(() => fertig()));
    });
  }, 30_000);
});
