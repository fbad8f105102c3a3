import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findeBrowser } from '../../src/browser/finde-browser.js';
import { CliFehler, EXIT } from '../../src/fehler.js';

const wurzel = mkdtempSync(join(tmpdir(), 'ewm-finde-browser-'));
afterAll(() => rmSync(wurzel, { recursive: true, force: true }));

/** Creates an executable (or, with `ausfuehrbar` false, a plain) file and returns its path. */
function datei(relativ: string, ausfuehrbar = true): string {
  const pfad = join(wurzel, relativ);
  mkdirSync(join(pfad, '..'), { recursive: true });
  writeFileSync(pfad, '#!/bin/sh\n');
  chmodSync(pfad, ausfuehrbar ? 0o755 : 0o644);
  return pfad;
}

const explizit = datei('explizit/chrome');
const ausUmgebung = datei('umgebung/chromium');
const bekannt1 = datei('bekannt/eins');
const bekannt2 = datei('bekannt/zwei');
const nichtAusfuehrbar = datei('bekannt/nicht-ausfuehrbar', false);
const aufPfad = datei('pfad-b/google-chrome');
datei('pfad-a/keinbrowser');

describe('findeBrowser', () => {
  it('prefers the explicit option over everything else', () => {
    expect(findeBrowser(explizit, { PUPPETEER_EXECUTABLE_PATH: ausUmgebung }, [bekannt1])).toBe(explizit);
  });

  it('then takes PUPPETEER_EXECUTABLE_PATH', () => {
    expect(findeBrowser(undefined, { PUPPETEER_EXECUTABLE_PATH: ausUmgebung, PATH: join(wurzel, 'pfad-b') }, [bekannt1])).toBe(ausUmgebung);
  });

  it('then the first existing executable of the known paths, in order', () => {
    const fehlt = join(wurzel, 'gibt-es-nicht');
    expect(findeBrowser(undefined, { PATH: join(wurzel, 'pfad-b') }, [fehlt, nichtAusfuehrbar, bekannt2, bekannt1])).toBe(bekannt2);
  });

  it('then the browser names on PATH, directory by directory', () => {
    const env = { PATH: [join(wurzel, 'pfad-a'), join(wurzel, 'pfad-b')].join(':') };
    expect(findeBrowser(undefined, env, [])).toBe(aufPfad);
    expect(findeBrowser('', env, [])).toBe(aufPfad);
  });

  it('finds the Debian chromium of this machine with the default paths', () => {
    expect(findeBrowser(undefined, { PATH: '' })).toBe('/usr/bin/chromium');
  });

  it('fails with exit code 3 and the install hint when no browser exists', () => {
    const fehler = fange(() => findeBrowser(undefined, { PATH: join(wurzel, 'pfad-a') }, [nichtAusfuehrbar]));
    expect(fehler.exitCode).toBe(EXIT.umgebung);
    expect(fehler.exitCode).toBe(3);
    expect(fehler.message).toBe(
      'Kein Chromium oder Chrome gefunden. Bitte einen Browser mit der Option --browser PFAD angeben, die Umgebungsvariable ' +
        'PUPPETEER_EXECUTABLE_PATH setzen oder Chromium installieren (apt-get install chromium).',
    );
  });

  it('fails with exit code 3 when the explicit path does not exist, even if others would', () => {
    const pfad = join(wurzel, 'falsch/chromium');
    const fehler = fange(() => findeBrowser(pfad, { PUPPETEER_EXECUTABLE_PATH: ausUmgebung }, [bekannt1]));
    expect(fehler.exitCode).toBe(3);
    expect(fehler.message).toContain(`Browser nicht gefunden: "${pfad}" (Option --browser) existiert nicht oder ist nicht ausführbar.`);
    expect(fehler.message).toContain('apt-get install chromium');
  });

  it('fails with exit code 3 when PUPPETEER_EXECUTABLE_PATH points nowhere', () => {
    const fehler = fange(() => findeBrowser(undefined, { PUPPETEER_EXECUTABLE_PATH: '/nirgends/chrome' }, [bekannt1]));
    expect(fehler.exitCode).toBe(3);
    expect(fehler.message).toContain('"/nirgends/chrome" (Umgebungsvariable PUPPETEER_EXECUTABLE_PATH)');
  });
});

function fange(fn: () => unknown): CliFehler {
  try {
    fn();
  } catch (fehler) {
    if (fehler instanceof CliFehler) return fehler;
    throw fehler;
  }
  throw new Error('keine CliFehler geworfen');
}
