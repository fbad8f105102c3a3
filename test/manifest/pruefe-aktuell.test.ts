import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { leseManifest } from '../../src/manifest/lese-manifest.js';
import type { Manifest, ManifestSchluessel } from '../../src/manifest/manifest.js';
import { manifestText } from '../../src/manifest/manifest-text.js';
import { pruefeAktuell } from '../../src/manifest/pruefe-aktuell.js';
import { sha256 } from '../../src/manifest/sha256.js';

// readFile observed: --immer must not read the files of the last run
vi.mock('node:fs/promises', async (original) => {
  const echt = await original<typeof import('node:fs/promises')>();
  return { ...echt, readFile: vi.fn(echt.readFile) };
});

const SCHLUESSEL: ManifestSchluessel = {
  werkzeug: { version: '1', sha256: 'abc' },
  berichtsformat: 'ewm',
  optionen: { jahr: 2019, cluster: 'x', streng: false, datum: null },
  eingaben: { 'daten/projekte.csv': 'p1', 'texte/fazit.md': 't1' },
};

let ordner: string;
let manifest: Manifest;
beforeEach(async () => {
  ordner = await mkdtemp(path.join(os.tmpdir(), 'ewm-aktuell-'));
  await writeFile(path.join(ordner, 'kennzahlen.json'), '{}\n');
  await writeFile(path.join(ordner, 'manifest.json'), manifestText({ ...SCHLUESSEL, formate: ['json'], dateien: { 'kennzahlen.json': sha256('{}\n') }, warnungen: [] }));
  manifest = (await leseManifest(ordner))!;
});
afterEach(() => rm(ordner, { recursive: true, force: true }));

describe('pruefeAktuell', () => {
  it('finds the folder current for the same key and a subset of its formats', async () => {
    expect(await pruefeAktuell(ordner, manifest, SCHLUESSEL, new Set(['json']))).toEqual({ aktuell: true, eingabenGleich: true });
  });

  it('is not current, with equal inputs, when a format is asked for that the folder lacks', async () => {
    expect(await pruefeAktuell(ordner, manifest, SCHLUESSEL, new Set(['json', 'pdf']))).toEqual({ aktuell: false, eingabenGleich: true });
  });

  it('is not current when an input, the tool or an option changed', async () => {
    const anders = (s: Partial<ManifestSchluessel>): Promise<unknown> => pruefeAktuell(ordner, manifest, { ...SCHLUESSEL, ...s }, new Set(['json']));
    const nein = { aktuell: false, eingabenGleich: false };
    expect(await anders({ eingaben: { ...SCHLUESSEL.eingaben, 'texte/fazit.md': 't2' } })).toEqual(nein);
    expect(await anders({ eingaben: { ...SCHLUESSEL.eingaben, 'texte/neu.md': 't3' } })).toEqual(nein);
    expect(await anders({ werkzeug: { version: '1', sha256: 'def' } })).toEqual(nein);
    expect(await anders({ optionen: { ...SCHLUESSEL.optionen, streng: true } })).toEqual(nein);
  });

  it('is not current when a written file was changed or deleted by hand, or there is no manifest', async () => {
    await writeFile(path.join(ordner, 'kennzahlen.json'), '{"x":1}\n');
    expect(await pruefeAktuell(ordner, manifest, SCHLUESSEL, new Set(['json']))).toEqual({ aktuell: false, eingabenGleich: true });
    await rm(path.join(ordner, 'kennzahlen.json'));
    expect((await pruefeAktuell(ordner, manifest, SCHLUESSEL, new Set(['json']))).aktuell).toBe(false);
    expect(await pruefeAktuell(ordner, undefined, SCHLUESSEL, new Set(['json']))).toEqual({ aktuell: false, eingabenGleich: false });
  });

  it('with --immer tells only whether the inputs are the same and reads none of the files', async () => {
    const gelesen = (): string[] => vi.mocked(readFile).mock.calls.map(([datei]) => String(datei));
    vi.mocked(readFile).mockClear();
    expect(await pruefeAktuell(ordner, manifest, SCHLUESSEL, new Set(['json']), true)).toEqual({ aktuell: false, eingabenGleich: true });
    expect(await pruefeAktuell(ordner, manifest, { ...SCHLUESSEL, werkzeug: { version: '2', sha256: 'x' } }, new Set(['json']), true)).toEqual({
      aktuell: false,
      eingabenGleich: false,
    });
    expect(gelesen()).toEqual([]);
    // without --immer the same folder is read and found current
    expect(await pruefeAktuell(ordner, manifest, SCHLUESSEL, new Set(['json']))).toEqual({ aktuell: true, eingabenGleich: true });
    expect(gelesen()).toEqual([path.join(ordner, 'kennzahlen.json')]);
  });

  it('ignores a manifest of another schema or a broken one', async () => {
    await writeFile(path.join(ordner, 'manifest.json'), '{"schema":"anders","dateien":{},"formate":[]}');
    expect(await leseManifest(ordner)).toBeUndefined();
    await writeFile(path.join(ordner, 'manifest.json'), '{kaputt');
    expect(await leseManifest(ordner)).toBeUndefined();
  });
});
