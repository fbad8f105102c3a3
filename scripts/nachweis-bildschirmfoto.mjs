#!/usr/bin/env node
/**
 * Screenshot for docs/: the HTML report of the sample (industrielle-produktion 2019) after a click on
 * the "15" of projekte.neu.2019, showing its appendix entry with the records (docs/bilder/nachweis-html.png).
 *
 *   npm run build && node scripts/nachweis-bildschirmfoto.mjs
 *
 * Uses the system Chromium (PUPPETEER_EXECUTABLE_PATH or /usr/bin/chromium), writes the report into a
 * temporary folder and removes it afterwards.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const wurzel = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ziel = path.join(wurzel, 'docs', 'bilder', 'nachweis-html.png');
const temp = mkdtempSync(path.join(os.tmpdir(), 'ewm-bildschirmfoto-'));
try {
  execFileSync(process.execPath, [path.join(wurzel, 'dist', 'bundle', 'main.js'), '2019', '--cluster', 'industrielle-produktion',
    '--format', 'html', '--daten', path.join(wurzel, 'data'), '--ausgabe', temp, '--ruhig'], { stdio: 'inherit' });
  const browser = await puppeteer.launch({
    executablePath: process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--font-render-hinting=none'],
  });
  try {
    const seite = await browser.newPage();
    await seite.setViewport({ width: 1100, height: 820 });
    await seite.goto(pathToFileURL(path.join(temp, '2019', 'industrielle-produktion', 'bericht.html')).href, { waitUntil: 'load' });
    const link = await seite.$('p a.kz[data-kennzahl="projekte.neu.2019"]');
    if (link === null) throw new Error('Kein Verweis für projekte.neu.2019 im Bericht gefunden.');
    // Bring the sentence into view, click the number: the entry opens as a panel (CSS :target).
    await link.evaluate((a) => a.scrollIntoView({ block: 'end' }));
    await link.click();
    await seite.waitForFunction(() => location.hash === '#nw-projekte.neu.2019');
    await seite.screenshot({ path: ziel });
    console.log(`geschrieben: ${path.relative(wurzel, ziel)}`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
