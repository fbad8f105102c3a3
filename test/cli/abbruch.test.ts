// Ctrl-C (SIGINT) and SIGTERM at several moments of a single report and of `--alle`: the run says
// "abgebrochen", exits 130/143, and leaves no browser profile in the temp directory, no Chromium
// process, no temporary folder in the output tree, and the previous complete reports.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, WURZEL } from '../hilfen/pfade.js';

const basis = mkdtempSync(path.join(tmpdir(), 'ewm-abbruch-'));
afterAll(() => rmSync(basis, { recursive: true, force: true }));

interface Lauf {
  kind: ChildProcess;
  temp: string;
  ausgabe: string;
  stderr: () => string;
  ende: Promise<number | null>;
}

/** Starts the CLI with a private temp directory and an output folder holding a previous complete report. */
function starte(name: string, argumente: string[]): Lauf {
  const temp = path.join(basis, name, 'tmp');
  const ausgabe = path.join(basis, name, 'out');
  mkdirSync(temp, { recursive: true });
  mkdirSync(path.join(ausgabe, '2019/industrielle-produktion'), { recursive: true });
  writeFileSync(path.join(ausgabe, '2019/industrielle-produktion/kennzahlen.json'), '{"voriger":"Bericht"}\n');
  const kind = spawn(process.execPath, [CLI, ...argumente, '--ausgabe', ausgabe], {
    cwd: WURZEL,
    env: { ...process.env, CI: 'true', TMPDIR: temp },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  kind.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const ende = new Promise<number | null>((fertig) => kind.on('close', (code) => fertig(code)));
  return { kind, temp, ausgabe, stderr: () => stderr, ende };
}

/** Waits until `bedingung` holds (polling every 5 ms); false if the process ended first. */
async function warteBis(lauf: Lauf, bedingung: () => boolean): Promise<boolean> {
  while (lauf.kind.exitCode === null) {
    if (bedingung()) return true;
    await new Promise((r) => setTimeout(r, 5));
  }
  return false;
}

/** Processes started with a profile in `temp` (Chromium and its helpers). */
function chromiumProzesse(temp: string): number[] {
  const treffer: number[] = [];
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      if (readFileSync(`/proc/${e}/cmdline`, 'latin1').includes(temp)) treffer.push(Number(e));
    } catch {
      // ended meanwhile
    }
  }
  return treffer;
}

const profil = (lauf: Lauf) => (): boolean => readdirSync(lauf.temp).some((e) => e.startsWith('ewm-report-chromium-'));
const chromium = (lauf: Lauf) => (): boolean => chromiumProzesse(lauf.temp).length > 0;

/** Entries below the output folder whose names mark an unfinished write. */
function reste(ordner: string): string[] {
  return (readdirSync(ordner, { recursive: true }) as string[]).filter((e) => /(^|\/)\.(tmp|alt)-/.test(e));
}

/** Sends the signal once `moment` holds and checks everything the interruption must leave. */
async function brichAb(lauf: Lauf, moment: () => boolean, signal: 'SIGINT' | 'SIGTERM'): Promise<void> {
  expect(await warteBis(lauf, moment), `der Moment kam nicht (Exitcode ${lauf.kind.exitCode}, ${lauf.kind.signalCode}): ${lauf.stderr()}`).toBe(true);
  const gesendet = performance.now();
  lauf.kind.kill(signal);
  const code = await lauf.ende;
  console.log(`${signal}: beendet nach ${Math.round(performance.now() - gesendet)} ms`);
  expect(code, lauf.stderr()).toBe(signal === 'SIGINT' ? 130 : 143);
  expect(lauf.stderr()).toContain(`Fehler: abgebrochen (${signal === 'SIGINT' ? 'Strg+C' : 'SIGTERM'}).`);
  expect(readdirSync(lauf.temp)).toEqual([]);
  // killed processes may take a moment to be reaped (they are no longer running, only listed)
  for (let i = 0; i < 100 && chromiumProzesse(lauf.temp).length > 0; i++) await new Promise((r) => setTimeout(r, 10));
  expect(chromiumProzesse(lauf.temp)).toEqual([]);
  expect(reste(lauf.ausgabe)).toEqual([]);
  // the previous report is there, either untouched or replaced by a complete new one
  const kennzahlen = readFileSync(path.join(lauf.ausgabe, '2019/industrielle-produktion/kennzahlen.json'), 'utf8');
  if (!kennzahlen.includes('voriger')) {
    for (const datei of ['bericht.pdf', 'bericht.html', 'kennzahlen.csv']) {
      expect(existsSync(path.join(lauf.ausgabe, '2019/industrielle-produktion', datei)), datei).toBe(true);
    }
  }
}

const EINZEL = ['2019', '--cluster', 'industrielle-produktion'];

describe('interrupting a single report', () => {
  it('SIGINT as soon as the browser profile exists', async () => {
    const lauf = starte('einzel-profil', EINZEL);
    await brichAb(lauf, profil(lauf), 'SIGINT');
  }, 60_000);

  it('SIGTERM while Chromium runs', async () => {
    const lauf = starte('einzel-chromium', EINZEL);
    await brichAb(lauf, chromium(lauf), 'SIGTERM');
  }, 60_000);

  it('SIGINT while a page is open (renderer processes running)', async () => {
    const lauf = starte('einzel-druck', EINZEL);
    await brichAb(lauf, () => chromiumProzesse(lauf.temp).length > 3, 'SIGINT');
  }, 60_000);
});

describe('interrupting --alle', () => {
  it('SIGTERM once the browser profile exists', async () => {
    const lauf = starte('alle-profil', ['2019', '--alle', '--parallel', '2']);
    await brichAb(lauf, profil(lauf), 'SIGTERM');
  }, 60_000);

  it('SIGINT after the first report is finished: it stays, the others are not half-written', async () => {
    const lauf = starte('alle-erster', ['2019', '--alle', '--parallel', '1']);
    await brichAb(lauf, () => /✓ \S+: fertig/.test(lauf.stderr()), 'SIGINT');
    const erster = /✓ (\S+): fertig/.exec(lauf.stderr())?.[1] as string;
    for (const datei of ['bericht.pdf', 'bericht.html', 'kennzahlen.json', 'kennzahlen.csv']) {
      expect(existsSync(path.join(lauf.ausgabe, '2019', erster, datei)), `${erster}/${datei}`).toBe(true);
    }
  }, 90_000);
});
