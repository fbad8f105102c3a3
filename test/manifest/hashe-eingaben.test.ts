import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FEHLT, hasheEingaben } from '../../src/manifest/hashe-eingaben.js';
import { GLEICHZEITIG, jeGleichzeitig } from '../../src/manifest/je-gleichzeitig.js';
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

  it('follows links to files and folders as the readers do, once around a loop, and leaves out dangling ones', async () => {
    const ausserhalb = path.join(ordner, 'export.csv');
    await writeFile(ausserhalb, 'id\n7\n');
    const daten = path.join(ordner, 'daten');
    await symlink(ausserhalb, path.join(daten, 'akteure.csv'));
    await symlink(path.join(daten, 'texte'), path.join(daten, 'texte-link'));
    await symlink(daten, path.join(daten, 'texte', 'schleife'));
    await symlink(path.join(ordner, 'weg.csv'), path.join(daten, 'weg.csv'));
    const quelle = [{ name: 'daten', pfad: daten, art: 'ordner' as const }];
    const vorher = await hasheEingaben(quelle);
    expect(Object.keys(vorher)).toEqual(['daten/akteure.csv', 'daten/projekte.csv', 'daten/texte-link/a/fazit.md', 'daten/texte/a/fazit.md']);
    expect(vorher['daten/akteure.csv']).toBe(sha256('id\n7\n'));
    await writeFile(ausserhalb, 'id\n8\n');
    expect((await hasheEingaben(quelle))['daten/akteure.csv']).toBe(sha256('id\n8\n'));
  });

  it('hashes a file larger than what is read whole as a stream, to the same hash', async () => {
    const gross = Buffer.alloc(9 * 1024 * 1024, 'ä');
    await writeFile(path.join(ordner, 'daten', 'gross.csv'), gross);
    const ergebnis = await hasheEingaben([{ name: 'g', pfad: path.join(ordner, 'daten', 'gross.csv'), art: 'datei' }]);
    expect(ergebnis).toEqual({ g: sha256(gross) });
  });

  it('reads at most GLEICHZEITIG files at once across all callers, results in order', async () => {
    let jetzt = 0;
    let hoechstens = 0;
    const arbeit = async (i: number): Promise<number> => {
      jetzt += 1;
      hoechstens = Math.max(hoechstens, jetzt);
      await new Promise((r) => setTimeout(r, 2));
      jetzt -= 1;
      return i * 2;
    };
    const zahlen = Array.from({ length: 40 }, (_, i) => i);
    const [a, b] = await Promise.all([jeGleichzeitig(zahlen, arbeit), jeGleichzeitig(zahlen, arbeit)]);
    expect(a).toEqual(zahlen.map((i) => i * 2));
    expect(b).toEqual(a);
    expect(hoechstens).toBe(GLEICHZEITIG);
  });

  it('takes the hash of a file hashed earlier in the run instead of reading it again, and still lists the folder', async () => {
    const daten = path.join(ordner, 'daten');
    const bekannt = new Map([[path.resolve(daten, 'projekte.csv'), 'schon-gehasht']]);
    await writeFile(path.join(daten, 'neu.csv'), 'id\n2\n');
    expect(await hasheEingaben([{ name: 'daten', pfad: daten, art: 'ordner-flach' }], bekannt)).toEqual({
      'daten/neu.csv': sha256('id\n2\n'),
      'daten/projekte.csv': 'schon-gehasht',
    });
  });
});
