import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
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
});
