import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { WURZEL, gebaut } from '../hilfen/pfade.js';

const ordner = mkdtempSync(path.join(os.tmpdir(), 'ewm-puppeteer-'));
afterAll(() => rmSync(ordner, { recursive: true, force: true }));

/** Runs the tsc-built CLI (whose imports name their packages) and lists every module URL it resolved. */
function lauf(argumente: string[]): { status: number | null; geladen: string[] } {
  const protokoll = path.join(ordner, `geladen-${Math.random().toString(36).slice(2)}.txt`);
  const haken = path.join(ordner, 'haken.mjs');
  if (!existsSync(haken)) {
    writeFileSync(
      haken,
      "import { appendFileSync } from 'node:fs';\n" +
        'export async function resolve(spezifizierer, kontext, weiter) {\n' +
        '  const ergebnis = await weiter(spezifizierer, kontext);\n' +
        '  appendFileSync(process.env.EWM_GELADEN, ergebnis.url + "\\n");\n' +
        '  return ergebnis;\n' +
        '}\n',
    );
    writeFileSync(path.join(ordner, 'registriere.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(haken).href)});\n`);
  }
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(path.join(ordner, 'registriere.mjs')).href, gebaut('src/cli/main.js'), ...argumente], {
    cwd: WURZEL,
    env: { ...process.env, EWM_GELADEN: protokoll },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const geladen = existsSync(protokoll) ? readFileSync(protokoll, 'utf8').split('\n').filter((z) => z !== '') : [];
  return { status: r.status, geladen };
}

describe('puppeteer-core loads with the first browser launch only', () => {
  it('a run whose report is current (PDF wanted) never loads puppeteer-core; the run that prints does', () => {
    const ausgabe = path.join(ordner, 'out');
    const argumente = ['2019', '--cluster', 'smart-cities', '--daten', 'data', '--ausgabe', ausgabe, '--ruhig'];
    const erster = lauf(argumente);
    expect(erster.status).toBe(0);
    expect(erster.geladen.some((url) => url.includes('/node_modules/puppeteer-core/'))).toBe(true);
    const zweiter = lauf(argumente);
    expect(zweiter.status).toBe(0);
    expect(zweiter.geladen.some((url) => url.includes('/dist/src/browser/berichts-browser.js'))).toBe(true);
    expect(zweiter.geladen.filter((url) => url.includes('/node_modules/puppeteer-core/'))).toEqual([]);
  }, 180_000);
});
