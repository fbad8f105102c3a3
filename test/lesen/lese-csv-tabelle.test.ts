import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatiereProblem, type Problem } from '../../src/fehler.js';
import { leseCsvTabelle, type CsvOptionen } from '../../src/lesen/lese-csv-tabelle.js';
import type { RohZeile } from '../../src/lesen/roh-zeile.js';
import { AKTEURE } from '../../src/ewm/pruefen/tabellen.js';

const tmp = mkdtempSync(join(tmpdir(), 'ewm-csv-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

/** Writes `inhalt` to a temp file and reads it as akteure.csv. */
async function lies(inhalt: string | Buffer, optionen: CsvOptionen = {}) {
  const pfad = join(tmp, `t${n++}.csv`);
  writeFileSync(pfad, inhalt);
  const probleme: Problem[] = [];
  const zeilen: RohZeile[] = [];
  const kopf = await leseCsvTabelle('akteure.csv', pfad, AKTEURE.spalten, optionen, probleme, () => {}, (z) => zeilen.push(z));
  return { kopf, zeilen, meldungen: probleme.map(formatiereProblem) };
}

describe('leseCsvTabelle', () => {
  it.each(['\n', '\r\n'])('counts physical lines across multi-line quoted cells (line end %j)', async (nl) => {
    const text = ['id;name;typ', 'A-1;"Erste', 'Zeile; mit Semikolon";verein', '', 'A-2;"drei', '', 'Zeilen";verein', 'A-3;Dritte;verein', ''].join(nl);
    const { zeilen, meldungen } = await lies(text);
    expect(meldungen).toEqual([]);
    expect(zeilen.map((z) => [z.zeile, z.werte.id])).toEqual([[2, 'A-1'], [5, 'A-2'], [8, 'A-3']]);
    expect(zeilen[0]?.werte.name).toBe(`Erste${nl}Zeile; mit Semikolon`);
  });

  it('counts an LF inside a cell of a CRLF file as one line (Excel Alt+Enter)', async () => {
    const { zeilen } = await lies('id;name;typ\r\nA-1;"a\nb\nc";verein\r\nA-2;x;verein\r\n');
    expect(zeilen.map((z) => z.zeile)).toEqual([2, 5]);
  });

  it('reports a bad row after a multi-line cell with its own physical line', async () => {
    const { meldungen } = await lies('id;name;typ\nA-1;"a\nb";verein\nA-2;x;verein;zu;viel\n');
    expect(meldungen).toEqual([
      'akteure.csv:4: Die Zeile hat 5 Zellen, die Kopfzeile aber nur 3 Spalten; steht ein Trennzeichen ungeschützt (ohne Anführungszeichen) in einer Zelle? Die Zeile wird nicht gelesen',
    ]);
  });

  it('ignores trailing empty cells and empty rows as Excel writes them', async () => {
    const { zeilen, meldungen } = await lies('id;name;typ;;\nA-1;x;verein;;\n;;;;\n  ;  \nA-2;y;verein;;\n');
    expect(meldungen).toEqual([]);
    expect(zeilen.map((z) => z.zeile)).toEqual([2, 5]);
  });

  it('matches header names case-insensitively, by label, and warns once about unknown columns', async () => {
    const { zeilen, meldungen, kopf } = await lies(' ID ;NAME;Typ;Größenklasse;Übergeordnete Organisation;Bemerkung;Notiz\nA-1;x;verein;1-9;A-0;a;b\nA-2;x;verein;;;c;d\n');
    expect(meldungen).toEqual(['akteure.csv:1: Unbekannte Spalten werden ignoriert: "Bemerkung", "Notiz"']);
    expect([...(kopf?.vorhanden ?? [])]).toEqual(['id', 'name', 'typ', 'groessenklasse', 'uebergeordnet']);
    expect(zeilen[0]?.werte).toEqual({ id: 'A-1', name: 'x', typ: 'verein', groessenklasse: '1-9', uebergeordnet: 'A-0' });
  });

  it('treats empty and space-only cells as missing and trims values', async () => {
    const { zeilen } = await lies('id;name;typ\n  A-1  ;   ;verein\n');
    expect(zeilen[0]?.werte).toEqual({ id: 'A-1', typ: 'verein' });
  });

  it('detects the comma dialect and honours quotes', async () => {
    const { zeilen, kopf } = await lies('id,name,typ\nA-1,"Müller, Meier & Co. KG",unternehmen\n');
    expect(kopf?.trennzeichen).toBe(',');
    expect(zeilen[0]?.werte.name).toBe('Müller, Meier & Co. KG');
    expect(zeilen[0]?.zahlDialekt).toBe('.');
  });

  it('obeys the delimiter and encoding overrides', async () => {
    const bytes = Buffer.from('id,name;typ\nA-1,M\xfcller;verein\n', 'latin1');
    const { zeilen, kopf } = await lies(bytes, { trennzeichen: ';', encoding: 'windows-1252' });
    expect(kopf?.trennzeichen).toBe(';');
    expect(zeilen[0]?.werte).toEqual({ typ: 'verein' });
    const utf8 = await lies(Buffer.from('id;name;typ\nA-1;Müller;verein\n'), { encoding: 'windows-1252' });
    expect(utf8.zeilen[0]?.werte.name).toBe('MÃ¼ller');
  });

  it('reads Windows-1252 with umlauts and € without mojibake', async () => {
    const bytes = Buffer.concat([Buffer.from('id;name;typ\nA-1;Gr\xfcnder GmbH 5 ', 'latin1'), Buffer.from([0x80]), Buffer.from(';verein\n')]);
    const { zeilen, kopf } = await lies(bytes);
    expect(kopf?.kodierung).toBe('windows-1252');
    expect(zeilen[0]?.werte.name).toBe('Gründer GmbH 5 €');
  });

  it('reports a cell over the size limit with its line instead of crashing', async () => {
    const { meldungen, kopf } = await lies(`id;name;typ\nA-1;x;verein\nA-2;${'x'.repeat(2000)};verein\nA-3;y;verein\n`, { maxZellenZeichen: 1000 });
    expect(meldungen).toEqual(['akteure.csv:3: Eine Zelle oder Zeile ist größer als 1 MB (erlaubt sind höchstens 1 MB); der Rest der Datei wird nicht gelesen']);
    expect(kopf).toBeUndefined();
  });

  it('reports a real 1 MB cell (default limit)', async () => {
    const { meldungen } = await lies(`id;name;typ\nA-1;"${'x'.repeat((1 << 20) + 10)}";verein\n`);
    expect(meldungen).toEqual(['akteure.csv:2: Eine Zelle oder Zeile ist größer als 1 MB (erlaubt sind höchstens 1 MB); der Rest der Datei wird nicht gelesen']);
  });

  it('says the header is missing for an empty or blank file, and accepts a header-only file', async () => {
    expect((await lies('')).meldungen).toEqual(['akteure.csv: Kopfzeile fehlt (die Datei ist leer)']);
    expect((await lies('\n \r\n')).meldungen).toEqual(['akteure.csv: Kopfzeile fehlt (die Datei ist leer)']);
    const nurKopf = await lies('id;name;typ\n');
    expect(nurKopf.meldungen).toEqual([]);
    expect(nurKopf.zeilen).toEqual([]);
    expect(nurKopf.kopf).toBeDefined();
  });
});

describe('leseCsvTabelle with leading blank lines', () => {
  it('detects the delimiter from the first non-empty line and counts the blank lines', async () => {
    const { zeilen, kopf } = await lies('\n\nid,name,typ\nA-1,"x, y",verein\n');
    expect(kopf?.trennzeichen).toBe(',');
    expect(zeilen.map((z) => [z.zeile, z.werte.name])).toEqual([[4, 'x, y']]);
  });
});
