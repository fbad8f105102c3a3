// The record of the data check: a run with the same data folder, tool and options takes the registry, the
// reports of the year and the warnings from it and reads the tables only when a report must be rendered.
import { existsSync } from 'node:fs';
import { appendFile, copyFile, mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { holeDatenQuelle, type DatenQuelle, type DatenQuellenAuftrag } from '../../src/bericht/daten-quelle.js';
import { FORMATE, findeFormat } from '../../src/formate.js';
import { DATENSTAND_DATEI } from '../../src/manifest/daten-stand.js';
import { hasheEingaben } from '../../src/manifest/hashe-eingaben.js';
import { schreibeDatenStand } from '../../src/manifest/schreibe-daten-stand.js';
import * as ladeModul from '../../src/pruefen/lade-daten.js';
import { kopiereBeispieldaten } from '../hilfen/datenkopie.js';

vi.mock('../../src/pruefen/lade-daten.js', async (original) => {
  const modul = await original<typeof import('../../src/pruefen/lade-daten.js')>();
  return { ...modul, ladeDaten: vi.fn(modul.ladeDaten) };
});
const ladeDaten = vi.mocked(ladeModul.ladeDaten);

let basis: string;
let auftrag: DatenQuellenAuftrag;
const gueltig = (q: Awaited<ReturnType<typeof holeDatenQuelle>>): DatenQuelle => {
  if (!('lade' in q)) throw new Error(`ungültig: ${JSON.stringify(q.probleme)}`);
  return q;
};
/** A run that keeps its record, as the CLI does after its reports. */
const lauf = async (a: Partial<DatenQuellenAuftrag> = {}): Promise<DatenQuelle> => {
  const q = gueltig(await holeDatenQuelle({ ...auftrag, ...a }));
  if (q.stand === undefined) throw new Error('kein Datenstand');
  await schreibeDatenStand(q.stand.datei, q.stand.text);
  return q;
};

beforeAll(async () => {
  const kopie = await kopiereBeispieldaten();
  basis = kopie.basis;
  auftrag = {
    datenVerzeichnis: kopie.daten,
    ausgabe: path.join(basis, 'out'),
    jahr: 2019,
    formate: FORMATE,
    ladeOptionen: {},
    werkzeug: Promise.resolve({ version: '0.1.0', sha256: 'werkzeug-a' }),
  };
});
afterAll(() => rm(basis, { recursive: true, force: true }));
beforeEach(() => ladeDaten.mockClear());

describe('the record of the data check', () => {
  it('a first run reads the tables and records what it found; the same run again reads nothing until asked', async () => {
    const erster = await lauf();
    expect(erster.ausStand).toBe(false);
    expect(ladeDaten).toHaveBeenCalledTimes(1);

    ladeDaten.mockClear();
    const zweiter = gueltig(await holeDatenQuelle(auftrag));
    expect(zweiter.ausStand).toBe(true);
    expect(ladeDaten).not.toHaveBeenCalled();
    expect(zweiter.cluster).toEqual(erster.cluster);
    expect(zweiter.probleme).toEqual(erster.probleme);
    expect(zweiter.probleme.some((p) => p.schwere === 'warnung')).toBe(true);
    const ewm = findeFormat('ewm');
    expect(zweiter.berichtet(ewm)).toEqual(erster.berichtet(ewm));
    expect(zweiter.berichtet(ewm)).toContain('industrielle-produktion');
    expect(zweiter.stand?.text).toBe(erster.stand?.text);

    // the tables are read on demand, once, and are the same data
    const daten = await zweiter.lade();
    await zweiter.lade();
    expect(ladeDaten).toHaveBeenCalledTimes(1);
    expect(daten.cluster).toEqual(erster.cluster);
    expect([...daten.formate.keys()]).toEqual([...(await erster.lade()).formate.keys()]);
  });

  it('is kept in <ausgabe>/<jahr>/.datenstand.json with the hash of every file of the data folder', async () => {
    const text = await readFile(path.join(auftrag.ausgabe, '2019', DATENSTAND_DATEI), 'utf8');
    const stand = JSON.parse(text) as { schema: string; eingaben: Record<string, string> };
    expect(stand.schema).toBe('ewm-report/datenstand@1');
    expect(Object.keys(stand.eingaben)).toEqual(expect.arrayContaining(['daten/projekte.csv', 'daten/cluster.json', 'daten/clusterbericht/eckdaten.csv']));
    expect(Object.keys(stand.eingaben).some((k) => k.startsWith('daten/texte/2019/industrielle-produktion/'))).toBe(true);
  });

  it('does not hold for another tool, other read options, another year or --immer', async () => {
    for (const anders of [
      { werkzeug: Promise.resolve({ version: '0.1.0', sha256: 'werkzeug-b' }) },
      { ladeOptionen: { encoding: 'utf-8' as const } },
      { ladeOptionen: { trennzeichen: ';' as const } },
      { ladeOptionen: { maxDateiBytes: 1024 * 1024 * 1024 } },
      { ladeOptionen: { berichtsformat: 'ewm' } },
      { immer: true },
    ]) {
      ladeDaten.mockClear();
      expect(gueltig(await holeDatenQuelle({ ...auftrag, ...anders })).ausStand).toBe(false);
      expect(ladeDaten).toHaveBeenCalledTimes(1);
    }
    // another year has its own record (none yet)
    expect(gueltig(await holeDatenQuelle({ ...auftrag, jahr: 2018 })).ausStand).toBe(false);
    expect(gueltig(await holeDatenQuelle(auftrag)).ausStand).toBe(true);
  });

  it('does not hold once any file of the data folder changed, a text as much as a table', async () => {
    await appendFile(path.join(auftrag.datenVerzeichnis, 'texte/2019/smart-cities/fazit.md'), '\nEin Satz mehr.\n');
    expect(gueltig(await holeDatenQuelle(auftrag)).ausStand).toBe(false);
    await lauf();
    expect(gueltig(await holeDatenQuelle(auftrag)).ausStand).toBe(true);

    await appendFile(path.join(auftrag.datenVerzeichnis, 'akteure.csv'), '\n');
    expect(gueltig(await holeDatenQuelle(auftrag)).ausStand).toBe(false);
  });

  it('a new file in the data folder, and a damaged record, are read again', async () => {
    await lauf();
    await writeFile(path.join(auftrag.datenVerzeichnis, 'notiz.txt'), 'neu\n');
    expect(gueltig(await holeDatenQuelle(auftrag)).ausStand).toBe(false);
    await lauf();
    await writeFile(path.join(auftrag.ausgabe, '2019', DATENSTAND_DATEI), '{"schema": "ewm-report/datenstand@1"');
    expect(gueltig(await holeDatenQuelle(auftrag)).ausStand).toBe(false);
  });

  it('invalid data gives its problems and no record', async () => {
    await lauf();
    const projekte = path.join(auftrag.datenVerzeichnis, 'projekte.csv');
    const alt = await readFile(projekte, 'utf8');
    await writeFile(projekte, alt.replace(/\n[^\n]*\n?$/, '\nPR-KAPUTT;;;\n'));
    const ergebnis = await holeDatenQuelle(auftrag);
    expect('lade' in ergebnis).toBe(false);
    expect(ergebnis.probleme.some((p) => p.schwere === 'fehler' && p.datei === 'projekte.csv')).toBe(true);
    await writeFile(projekte, alt);
  });

  it('writing the same record again leaves the file untouched', async () => {
    const q = await lauf();
    expect(await schreibeDatenStand(q.stand?.datei ?? '', q.stand?.text ?? '')).toBe(false);
  });

  it('a single report reads its own format only; a full record serves it, a record of one format does not serve --alle', async () => {
    const nurEwm = { ...auftrag, ladeOptionen: { nurFormatVon: () => 'ewm' } };
    const voll = await lauf();
    expect(JSON.parse(voll.stand?.text ?? '{}').formate).toEqual(['ewm', 'clusterbericht']);
    const einzeln = gueltig(await holeDatenQuelle(nurEwm));
    expect(einzeln.ausStand).toBe(true);

    // a changed file: the single report reads the EWM tables only, and its record says so
    await appendFile(path.join(auftrag.datenVerzeichnis, 'akteure.csv'), '\n');
    ladeDaten.mockClear();
    const teil = await lauf(nurEwm);
    expect(teil.ausStand).toBe(false);
    expect(ladeDaten).toHaveBeenCalledTimes(1);
    expect([...(await teil.lade()).formate.keys()]).toEqual(['ewm']);
    expect(JSON.parse(teil.stand?.text ?? '{}').formate).toEqual(['ewm']);
    expect(() => teil.berichtet(findeFormat('clusterbericht'))).toThrow(/nicht geladen/);
    expect(gueltig(await holeDatenQuelle(nurEwm)).ausStand).toBe(true);
    const alle = gueltig(await holeDatenQuelle(auftrag));
    expect(alle.ausStand).toBe(false);
    expect([...(await alle.lade()).formate.keys()].sort()).toEqual(['clusterbericht', 'ewm']);
  });

  it('follows a linked table folder: a change behind the link makes the record miss', async () => {
    const ordner = path.join(auftrag.datenVerzeichnis, 'clusterbericht');
    const woanders = path.join(basis, 'clusterbericht-export');
    await rename(ordner, woanders);
    await symlink(woanders, ordner);
    await lauf();
    expect(gueltig(await holeDatenQuelle(auftrag)).ausStand).toBe(true);
    await appendFile(path.join(woanders, 'eckdaten.csv'), '\n');
    expect(gueltig(await holeDatenQuelle(auftrag)).ausStand).toBe(false);
  });

  it('records nothing when the check read a file that is not hashed (a logo in a dot folder)', async () => {
    const berichtJson = path.join(auftrag.datenVerzeichnis, 'bericht.json');
    const alt = await readFile(berichtJson, 'utf8');
    await mkdir(path.join(auftrag.datenVerzeichnis, '.logos'));
    await copyFile(path.join(auftrag.datenVerzeichnis, 'logos', 'eu-efre.svg'), path.join(auftrag.datenVerzeichnis, '.logos', 'eu-efre.svg'));
    await writeFile(berichtJson, alt.replace('"logos/eu-efre.svg"', '".logos/eu-efre.svg"'));
    try {
      const q = gueltig(await holeDatenQuelle(auftrag));
      expect((await q.lade()).bericht.logos?.[0]?.daten).toMatch(/^data:image\/svg/);
      expect(q.stand).toBeUndefined();
    } finally {
      await writeFile(berichtJson, alt);
    }
  });

  it('a record that no longer validates its data is removed when the data is read, and the run fails with the problems', async () => {
    const q = await lauf();
    const projekte = path.join(auftrag.datenVerzeichnis, 'projekte.csv');
    const alt = await readFile(projekte, 'utf8');
    await writeFile(projekte, alt.replace(/\n[^\n]*\n?$/, '\nPR-KAPUTT;;;\n'));
    try {
      // a wrong record: the hashes of the broken folder with the conclusions of the valid one
      const stand = JSON.parse(q.stand?.text ?? '{}') as { eingaben: Record<string, string> };
      stand.eingaben = await hasheEingaben([{ name: 'daten', pfad: auftrag.datenVerzeichnis, art: 'ordner' }]);
      await writeFile(q.stand?.datei ?? '', JSON.stringify(stand));
      const treffer = gueltig(await holeDatenQuelle(auftrag));
      expect(treffer.ausStand).toBe(true);
      await expect(treffer.lade()).rejects.toThrow(/sind ungültig/);
      expect(existsSync(q.stand?.datei ?? '')).toBe(false);
    } finally {
      await writeFile(projekte, alt);
    }
  });
});
