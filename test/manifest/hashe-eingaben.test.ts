import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FEHLT, hasheEingaben } from '../../src/manifest/hashe-eingaben.js';
import { sha256 } from '../../src/manifest/sha256.js';

let ordner: string;
beforeEach(async () => {
  ordner = await mkdtemp(path.join(os.tmpdir(), 'ewm-hashe-'));
  await mkdir(path.join(ordner, 'daten', 'texte', 'a'), { recursive: true });
  await writeFile(path.join(ordner, 'daten', 'projekte.csv'), 'id\n1\n');
  await writeFile(path.join(ordner, 'daten', '.projekte.csv.swp'), 'editor');
  await writeFile(path.join(ordner, 'daten', 'texte', 'a', 'fazit.md'), '# Fazit\n');
});
afterEach(() => rm(ordner, { recursive: true, force: true }));

describe('hasheEingaben', () => {
  it('hashes a flat folder without its subfolders and dot files, a whole folder with them, and a single file', async () => {
    const daten = path.join(ordner, 'daten');
    expect(
      await hasheEingaben([
        { name: 'daten', pfad: daten, art: 'ordner-flach' },
        { name: 'texte', pfad: path.join(daten, 'texte'), art: 'ordner' },
        { name: 'cluster.json', pfad: path.join(daten, 'cluster.json'), art: 'datei' },
      ]),
    ).toEqual({
      'cluster.json': FEHLT,
      'daten/projekte.csv': sha256('id\n1\n'),
      'texte/a/fazit.md': sha256('# Fazit\n'),
    });
  });

  it('changes when a file is renamed or added, and marks a missing folder', async () => {
    const quelle = [{ name: 'texte', pfad: path.join(ordner, 'daten', 'texte'), art: 'ordner' as const }];
    const vorher = await hasheEingaben(quelle);
    await rename(path.join(ordner, 'daten', 'texte', 'a', 'fazit.md'), path.join(ordner, 'daten', 'texte', 'a', 'fazit2.md'));
    expect(await hasheEingaben(quelle)).not.toEqual(vorher);
    expect(await hasheEingaben([{ name: 'x', pfad: path.join(ordner, 'gibt-es-nicht'), art: 'ordner' }])).toEqual({ 'x/': FEHLT });
  });

  it('hashes a linked file as its target (the readers follow the link) and leaves out links to folders and dangling ones', async () => {
    const ausserhalb = path.join(ordner, 'export.csv');
    await writeFile(ausserhalb, 'id\n7\n');
    const daten = path.join(ordner, 'daten');
    await symlink(ausserhalb, path.join(daten, 'akteure.csv'));
    await symlink(path.join(daten, 'texte'), path.join(daten, 'texte-link'));
    await symlink(path.join(ordner, 'weg.csv'), path.join(daten, 'weg.csv'));
    const quelle = [{ name: 'daten', pfad: daten, art: 'ordner' as const }];
    const vorher = await hasheEingaben(quelle);
    expect(Object.keys(vorher)).toEqual(['daten/akteure.csv', 'daten/projekte.csv', 'daten/texte/a/fazit.md']);
    expect(vorher['daten/akteure.csv']).toBe(sha256('id\n7\n'));
    await writeFile(ausserhalb, 'id\n8\n');
    expect((await hasheEingaben(quelle))['daten/akteure.csv']).toBe(sha256('id\n8\n'));
  });

  it('gives the same result however many files are read at once', async () => {
    const daten = path.join(ordner, 'daten', 'viele');
    await mkdir(daten);
    for (let i = 0; i < 40; i++) await writeFile(path.join(daten, `d${String(i).padStart(2, '0')}.md`), `Datei ${i}\n`);
    const ergebnis = await hasheEingaben([{ name: 'v', pfad: daten, art: 'ordner' }]);
    expect(Object.entries(ergebnis)).toEqual(Array.from({ length: 40 }, (_, i) => [`v/d${String(i).padStart(2, '0')}.md`, sha256(`Datei ${i}\n`)]));
  });
});
