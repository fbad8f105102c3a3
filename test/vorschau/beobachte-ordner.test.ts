// The preview's watcher sees every way an editor or a shell changes files: in-place writes, `sed -i`
// (replace by rename), `mv`, delete, re-create, and files in folders created after the start.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { beobachteOrdner } from '../../src/vorschau/beobachte-ordner.js';

const basis = mkdtempSync(path.join(tmpdir(), 'ewm-beobachte-'));
afterAll(() => rmSync(basis, { recursive: true, force: true }));

/** Waits until the watcher reported a path for which `passt` is true (or fails after 5 s). */
function warteAuf(gemeldet: string[], passt: (p: string) => boolean): Promise<void> {
  return new Promise((fertig, fehler) => {
    const start = Date.now();
    const uhr = setInterval(() => {
      if (gemeldet.some(passt)) {
        clearInterval(uhr);
        gemeldet.length = 0;
        fertig();
      } else if (Date.now() - start > 5000) {
        clearInterval(uhr);
        fehler(new Error(`keine Meldung; gemeldet: ${gemeldet.join(', ')}`));
      }
    }, 10);
  });
}

describe('beobachteOrdner', () => {
  it('reports writes after sed -i, mv, delete, re-create and in new subfolders', async () => {
    const daten = path.join(basis, 'daten');
    mkdirSync(path.join(daten, 'texte/2019'), { recursive: true });
    const datei = path.join(daten, 'texte/2019/fazit.md');
    writeFileSync(datei, 'eins\n');
    const gemeldet: string[] = [];
    const beobachter = beobachteOrdner([daten], (p) => gemeldet.push(p));
    try {
      const istDatei = (p: string): boolean => p === datei;
      // sed -i replaces the file by a new one; the next two plain writes must still be seen
      execFileSync('sed', ['-i', 's/eins/zwei/', datei]);
      await warteAuf(gemeldet, istDatei);
      writeFileSync(datei, 'drei\n');
      await warteAuf(gemeldet, istDatei);
      execFileSync('sed', ['-i', 's/drei/vier/', datei]);
      await warteAuf(gemeldet, istDatei);
      writeFileSync(datei, 'fuenf\n');
      await warteAuf(gemeldet, istDatei);
      // mv away and back, delete, re-create
      renameSync(datei, `${datei}.alt`);
      await warteAuf(gemeldet, istDatei);
      renameSync(`${datei}.alt`, datei);
      await warteAuf(gemeldet, istDatei);
      rmSync(datei);
      await warteAuf(gemeldet, istDatei);
      writeFileSync(datei, 'neu\n');
      await warteAuf(gemeldet, istDatei);
      // a folder created after the start, and a file in it
      mkdirSync(path.join(daten, 'texte/2020/metall'), { recursive: true });
      await warteAuf(gemeldet, (p) => p.startsWith(path.join(daten, 'texte')));
      await new Promise((r) => setTimeout(r, 50));
      writeFileSync(path.join(daten, 'texte/2020/metall/fazit.md'), 'x\n');
      await warteAuf(gemeldet, (p) => p === path.join(daten, 'texte/2020/metall/fazit.md'));
      // a folder removed and made again is watched again
      rmSync(path.join(daten, 'texte/2020'), { recursive: true });
      await warteAuf(gemeldet, () => true);
      mkdirSync(path.join(daten, 'texte/2020'));
      await warteAuf(gemeldet, () => true);
      await new Promise((r) => setTimeout(r, 50));
      writeFileSync(path.join(daten, 'texte/2020/a.md'), 'x\n');
      await warteAuf(gemeldet, (p) => p === path.join(daten, 'texte/2020/a.md'));
    } finally {
      beobachter.schliesse();
    }
  });
});
