import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schreibeAtomar, stelleWiederHer } from '../../src/ausgabe/schreibe-atomar.js';
import { gebaut } from '../hilfen/pfade.js';

let basis: string;
beforeEach(async () => {
  basis = await mkdtemp(path.join(os.tmpdir(), 'ewm-atomar-'));
});
afterEach(async () => {
  await rm(basis, { recursive: true, force: true });
});

const DATEIEN = ['bericht.pdf', 'bericht.html', 'kennzahlen.json', 'abbildungen/abbildung-1.svg', 'abbildungen/abbildung-2.svg'];

/** Every file of generation `g` starts with its generation marker and is large enough to take time. */
function generation(g: number): Map<string, string> {
  return new Map(DATEIEN.map((d) => [d, `generation ${g}\n${'x'.repeat(400_000)}`]));
}

/** Reads the report folder: the set of files and the generations found in them. */
async function lies(ordner: string): Promise<{ dateien: string[]; generationen: Set<string> }> {
  const dateien: string[] = [];
  const generationen = new Set<string>();
  const besuche = async (o: string, praefix: string): Promise<void> => {
    for (const e of await readdir(o, { withFileTypes: true })) {
      if (e.isDirectory()) await besuche(path.join(o, e.name), `${praefix}${e.name}/`);
      else {
        dateien.push(`${praefix}${e.name}`);
        generationen.add((await readFile(path.join(o, e.name), 'utf8')).split('\n')[0] ?? '');
      }
    }
  };
  await besuche(ordner, '');
  return { dateien: dateien.sort(), generationen };
}

describe('schreibeAtomar', () => {
  it('writes all files and replaces a previous report completely', async () => {
    const ziel = path.join(basis, '2019', 'industrielle-produktion');
    await schreibeAtomar(ziel, generation(1));
    await writeFile(path.join(ziel, 'veraltet.txt'), 'alt');
    await schreibeAtomar(ziel, generation(2));
    const { dateien, generationen } = await lies(ziel);
    expect(dateien).toEqual([...DATEIEN].sort());
    expect([...generationen]).toEqual(['generation 2']);
    expect((await readdir(path.dirname(ziel))).sort()).toEqual(['industrielle-produktion']);
  });

  it('restores the previous report when a run died between the two renames', async () => {
    const ziel = path.join(basis, 'bericht');
    await schreibeAtomar(ziel, generation(1));
    await import('node:fs/promises').then((fs) => fs.rename(ziel, path.join(basis, '.alt-bericht')));
    await mkdir(path.join(basis, '.tmp-bericht-999999999'));
    await stelleWiederHer(ziel);
    expect([...(await lies(ziel)).generationen]).toEqual(['generation 1']);
    expect((await readdir(basis)).sort()).toEqual(['bericht']);
  });

  it('a process killed (SIGKILL) at any moment leaves the old or the new complete report, never a mix', async () => {
    const ziel = path.join(basis, 'bericht');
    await schreibeAtomar(ziel, generation(0));
    const modul = pathToFileURL(gebaut('src/ausgabe/schreibe-atomar.js')).href;
    const skript = `
      const { schreibeAtomar } = await import(${JSON.stringify(modul)});
      const inhalt = (g) => new Map(${JSON.stringify(DATEIEN)}.map((d) => [d, 'generation ' + g + '\\n' + 'x'.repeat(400000)]));
      process.stdout.write('bereit\\n');
      for (let g = 1; ; g++) await schreibeAtomar(${JSON.stringify(ziel)}, inhalt(g));`;
    const gesehen = new Set<string>();
    for (let versuch = 0; versuch < 25; versuch++) {
      const kind = spawn(process.execPath, ['--input-type=module', '-e', skript], { stdio: ['ignore', 'pipe', 'ignore'] });
      // Count the delay from the moment the child writes, not from the spawn: Node's start-up time varies with load.
      await new Promise((r) => kind.stdout.once('data', r));
      await new Promise((r) => setTimeout(r, 40 + ((versuch * 37) % 160)));
      kind.kill('SIGKILL');
      await new Promise((r) => kind.once('exit', r));
      // Right after the kill: the folder is complete, or (killed between the two renames) absent with the
      // complete previous report kept as backup, which the next run's stelleWiederHer restores.
      const eintraege = await readdir(basis);
      if (!eintraege.includes('bericht')) expect(eintraege).toContain('.alt-bericht');
      else expect((await lies(ziel)).generationen.size).toBe(1);
      await stelleWiederHer(ziel);
      const { dateien, generationen } = await lies(ziel);
      expect(dateien).toEqual([...DATEIEN].sort());
      expect(generationen.size).toBe(1);
      gesehen.add([...generationen][0] ?? '');
    }
    // The kills landed at different moments: more than one generation was observed.
    expect(gesehen.size).toBeGreaterThan(1);
  }, 60_000);

  it('an interruption (Ctrl-C: raeumeAuf, then exit) at any moment leaves the old or the new complete report and no temporary folder', async () => {
    const ziel = path.join(basis, 'bericht');
    await schreibeAtomar(ziel, generation(0));
    const modul = pathToFileURL(gebaut('src/ausgabe/schreibe-atomar.js')).href;
    const abbruch = pathToFileURL(gebaut('src/abbruch/bei-abbruch.js')).href;
    const skript = `
      const { schreibeAtomar } = await import(${JSON.stringify(modul)});
      const { raeumeAuf } = await import(${JSON.stringify(abbruch)});
      process.on('SIGINT', () => { raeumeAuf(); process.exit(130); });
      const inhalt = (g) => new Map(${JSON.stringify(DATEIEN)}.map((d) => [d, 'generation ' + g + '\\n' + 'x'.repeat(400000)]));
      process.stdout.write('bereit\\n');
      for (let g = 1; ; g++) await schreibeAtomar(${JSON.stringify(ziel)}, inhalt(g));`;
    const gesehen = new Set<string>();
    for (let versuch = 0; versuch < 20; versuch++) {
      const kind = spawn(process.execPath, ['--input-type=module', '-e', skript], { stdio: ['ignore', 'pipe', 'ignore'] });
      await new Promise((r) => kind.stdout?.once('data', r));
      await new Promise((r) => setTimeout(r, 10 + ((versuch * 37) % 160)));
      kind.kill('SIGINT');
      expect(await new Promise((r) => kind.once('exit', r))).toBe(130);
      // no repair step here: right after the exit the folder is complete and nothing else is left
      expect(await readdir(basis)).toEqual(['bericht']);
      const { dateien, generationen } = await lies(ziel);
      expect(dateien).toEqual([...DATEIEN].sort());
      expect(generationen.size).toBe(1);
      gesehen.add([...generationen][0] ?? '');
    }
    expect(gesehen.size).toBeGreaterThan(1);
  }, 90_000);
});
