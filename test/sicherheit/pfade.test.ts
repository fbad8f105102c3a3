// Slugs, years and output paths: nothing a user or an export supplies can make the tool write
// outside --ausgabe, and a refused run writes nothing at all.
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile, lstat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuehreAus } from '../../src/cli/fuehre-aus.js';
import type { Lauf } from '../hilfen/werkzeuge.js';
import { pruefsummen } from '../hilfen/werkzeuge.js';
import { WURZEL } from '../hilfen/pfade.js';

const MINIMAL = path.join(WURZEL, 'test', 'fixtures', 'gueltig', 'minimal');
let basis: string;

beforeAll(async () => {
  basis = await mkdtemp(path.join(os.tmpdir(), 'ewm-pfade-'));
});
afterAll(async () => {
  await rm(basis, { recursive: true, force: true });
});

/** Runs the CLI in-process with captured output. */
async function cli(argumente: string[]): Promise<Lauf> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await fuehreAus(argumente, { ausgabe: (t) => stdout.push(t), fehlerausgabe: (t) => stderr.push(t), istTerminal: false });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('paths from options and data', () => {
  it.each([
    [['2019', '--cluster', '../../etc'], 'Fehler: Das Management "../../etc" gibt es nicht in cluster.json. Verfügbar: industrielle-produktion, energietechnik, smart-cities.'],
    [['2019', '--cluster', 'a/b'], 'Fehler: Das Management "a/b" gibt es nicht in cluster.json. Verfügbar: industrielle-produktion, energietechnik, smart-cities.'],
    [['2019', '--cluster', '/tmp'], 'Fehler: Das Management "/tmp" gibt es nicht in cluster.json. Verfügbar: industrielle-produktion, energietechnik, smart-cities.'],
    [['../2019', '--cluster', 'industrielle-produktion'], 'Fehler: Ungültiges Berichtsjahr "../2019": erwartet wird eine vierstellige Jahreszahl, z. B. 2019.'],
    [['2019/..', '--cluster', 'industrielle-produktion'], 'Fehler: Ungültiges Berichtsjahr "2019/..": erwartet wird eine vierstellige Jahreszahl, z. B. 2019.'],
  ])('%j is refused with exit 2 and nothing is written', async (argumente, meldung) => {
    const ordner = await mkdtemp(path.join(basis, 'fall-'));
    const lauf = await cli([...argumente, '--daten', MINIMAL, '--ausgabe', path.join(ordner, 'aus'), '--format', 'json']);
    expect(lauf.code).toBe(2);
    expect(lauf.stderr.split('\n').at(-1)).toBe(meldung);
    expect(await readdir(ordner)).toEqual([]);
  });

  it('a cluster.json slug with a path is a validation error naming the record; nothing is written', async () => {
    const daten = path.join(basis, 'slug-daten');
    await mkdir(daten);
    for (const datei of await readdir(MINIMAL)) await writeFile(path.join(daten, datei), await readFile(path.join(MINIMAL, datei)));
    const cluster = await readFile(path.join(daten, 'cluster.json'), 'utf8');
    await writeFile(path.join(daten, 'cluster.json'), cluster.replace('"slug": "industrielle-produktion"', '"slug": "../../x"'));
    const aus = path.join(basis, 'slug-aus');
    const lauf = await cli(['2019', '--cluster', '../../x', '--daten', daten, '--ausgabe', aus, '--format', 'json']);
    expect(lauf.code).toBe(2);
    expect(lauf.stderr.split('\n')[0]).toBe(
      'cluster.json:cluster[0].slug: "../../x" ist kein gültiger Slug. Erlaubt: Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. industrielle-produktion',
    );
    await expect(lstat(aus)).rejects.toThrow(/ENOENT/);
    expect((await readdir(basis)).filter((e) => e === 'x')).toEqual([]);
  });

  it('a report folder that is a symlink to elsewhere is replaced by a real folder; the link target stays untouched', async () => {
    const draussen = path.join(basis, 'draussen');
    await mkdir(draussen);
    await writeFile(path.join(draussen, 'wichtig.txt'), 'nicht anfassen');
    const aus = path.join(basis, 'symlink-aus');
    await mkdir(path.join(aus, '2019'), { recursive: true });
    await symlink(draussen, path.join(aus, '2019', 'industrielle-produktion'));
    const lauf = await cli(['2019', '--cluster', 'industrielle-produktion', '--daten', MINIMAL, '--ausgabe', aus, '--format', 'json', '--ruhig']);
    expect(lauf.code, lauf.stderr).toBe(0);
    expect(await pruefsummen(draussen)).toEqual({ 'wichtig.txt': expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await readFile(path.join(draussen, 'wichtig.txt'), 'utf8')).toBe('nicht anfassen');
    const ziel = path.join(aus, '2019', 'industrielle-produktion');
    expect((await lstat(ziel)).isSymbolicLink()).toBe(false);
    expect((await readdir(ziel)).sort()).toEqual(['kennzahlen.csv', 'kennzahlen.json', 'manifest.json', 'nachweis.csv', 'nachweis.json']);
  });
});
