// nachweis.json and nachweis.csv beside kennzahlen.json (also with --format json): same values, records per key.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nachweisCsv, nachweisCsvTeile } from '../../src/nachweis/nachweis-csv.js';
import { nachweisJsonTeile, serialisiereNachweis } from '../../src/nachweis/serialisiere-nachweis.js';
import type { Nachweis, NachweisDatei } from '../../src/nachweis/typen.js';
import { starteCli } from '../hilfen/werkzeuge.js';

let ordner: string;
let basis: string;
beforeAll(async () => {
  basis = await mkdtemp(path.join(os.tmpdir(), 'ewm-nachweis-'));
  const lauf = await starteCli(['2019', '--cluster', 'industrielle-produktion', '--format', 'json', '--ausgabe', basis]);
  expect(lauf.code).toBe(0);
  ordner = path.join(basis, '2019', 'industrielle-produktion');
});
afterAll(async () => {
  await rm(basis, { recursive: true, force: true });
});

describe('nachweis.json', () => {
  it('has schema ewm-report/nachweis@1 and every key of kennzahlen.json with the same value', async () => {
    const n = JSON.parse(await readFile(path.join(ordner, 'nachweis.json'), 'utf8')) as NachweisDatei;
    const k = JSON.parse(await readFile(path.join(ordner, 'kennzahlen.json'), 'utf8')) as { kennzahlen: Record<string, number> };
    expect(n.schema).toBe('ewm-report/nachweis@1');
    expect(Object.keys(n.kennzahlen).sort()).toEqual(Object.keys(k.kennzahlen).sort());
    for (const [s, w] of Object.entries(k.kennzahlen)) expect(n.kennzahlen[s]?.wert, s).toBe(w);
    expect(n.kennzahlen['projekte.neu.2019']?.datensaetze[0]).toEqual({
      datei: 'projekte.csv', zeile: 13, id: 'PR-19-01', titel: 'Werner-von-Siemens Centre for Industry and Science',
    });
  });
});

describe('nachweis.csv', () => {
  it('Excel dialect: BOM, semicolons, one row per key and record', async () => {
    const text = await readFile(path.join(ordner, 'nachweis.csv'), 'utf8');
    expect(text.startsWith('\uFEFFKennzahl;Wert;Datei;Zeile;ID;Titel;Betrag;')).toBe(true);
    const zeilen = text.split('\r\n').filter((z) => z.startsWith('projekte.neu.2019;'));
    expect(zeilen).toHaveLength(15);
    expect(zeilen[0]).toBe('projekte.neu.2019;15;projekte.csv;13;PR-19-01;Werner-von-Siemens Centre for Industry and Science;;');
  });

  it('neutralises a title that would run as a formula; a key without records keeps one row', () => {
    const datei: NachweisDatei = {
      schema: 'ewm-report/nachweis@1', berichtsjahr: 2019, cluster: 'x', merkmale: { 'projekte.csv#P1': { Status: 'abgesagt' } },
      kennzahlen: {
        a: { wert: 1, datensaetze: [{ datei: 'projekte.csv', zeile: 2, id: 'P1', titel: '=HYPERLINK("x")' }] },
        b: { wert: 0, datensaetze: [] },
      },
    };
    const n: Nachweis = {
      ...datei, schluessel: ['b', 'a'], wert: (s) => datei.kennzahlen[s]?.wert, kennzahl: (s) => datei.kennzahlen[s],
      kennzahlStrom: (s) => datei.kennzahlen[s], merkmale: () => Object.entries(datei.merkmale),
    };
    const zeilen = nachweisCsv(n).split('\r\n');
    expect(zeilen[1]).toBe('a;1;projekte.csv;2;P1;"\'=HYPERLINK(""x"")";;');
    expect(zeilen[2]).toBe('b;0;;;;;;');
    expect(JSON.parse(serialisiereNachweis(n))).toEqual(datei);
  });
});

describe('nachweis files at scale', () => {
  it('reads a key\'s records one by one while writing: each record is built only after the previous one was written', () => {
    const gebaut: number[] = [];
    function* datensaetze(): Generator<{ datei: string; zeile: number; id: string; titel: string }> {
      for (let i = 1; i <= 3; i++) {
        gebaut.push(i);
        yield { datei: 'projekte.csv', zeile: i + 1, id: `P${i}`, titel: `T${i}` };
      }
    }
    const n: Nachweis = {
      schema: 'ewm-report/nachweis@1', berichtsjahr: 2019, cluster: 'x', schluessel: ['a'], wert: () => 3,
      kennzahl: () => ({ wert: 3, datensaetze: [...datensaetze()] }), kennzahlStrom: () => ({ wert: 3, datensaetze: datensaetze() }), merkmale: () => [],
    };
    for (const teile of [nachweisJsonTeile(n), nachweisCsvTeile(n)]) {
      gebaut.length = 0;
      const gesehen: string[] = [];
      for (const teil of teile) {
        const id = /P(\d)/.exec(teil)?.[1];
        if (id !== undefined) {
          expect(gebaut.at(-1)).toBe(Number(id));
          gesehen.push(id);
        }
      }
      expect(gesehen).toEqual(['1', '2', '3']);
    }
  });
});
