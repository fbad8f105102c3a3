import { describe, expect, it } from 'vitest';
import { schreibeCsv } from '../../src/ausgabe/schreibe-csv.js';

const BOM = '\uFEFF';

describe('schreibeCsv', () => {
  it('writes the German Excel dialect: BOM, semicolon, CRLF, decimal comma', () => {
    expect(schreibeCsv(['Kennzahl', 'Wert'], [['projekte.neu.2019', 15], ['anteil', 0.675], ['volumen', 69200000]])).toBe(
      `${BOM}Kennzahl;Wert\r\nprojekte.neu.2019;15\r\nanteil;0,675\r\nvolumen;69200000\r\n`,
    );
  });

  it('neutralises text cells that a spreadsheet would run as a formula', () => {
    const csv = schreibeCsv(['Name'], [['=HYPERLINK("http://x","y")'], ['+1+2'], ['-2+3'], ['@SUM(A1)'], ['\t=1'], ['\r=1'], ['a=1'], [' =1']], { bom: false });
    expect(csv.split('\r\n')).toEqual([
      'Name',
      `"'=HYPERLINK(""http://x"",""y"")"`,
      "'+1+2",
      "'-2+3",
      "'@SUM(A1)",
      "'\t=1",
      `"'\r=1"`,
      'a=1',
      '" =1"',
      '',
    ]);
  });

  it('keeps numbers as numbers, negative ones included, and never neutralises them', () => {
    expect(schreibeCsv(['a', 'b', 'c', 'd'], [[-12.5, -0, 0, 1e21]], { bom: false })).toBe('a;b;c;d\r\n-12,5;0;0;1e+21\r\n');
    expect(schreibeCsv(['a', 'b'], [[-12.5, 3.25]], { trennzeichen: ',', bom: false })).toBe('a,b\r\n-12.5,3.25\r\n');
    expect(() => schreibeCsv(['a'], [[Number.NaN]])).toThrow('CSV-Zelle: NaN ist keine endliche Zahl.');
    expect(() => schreibeCsv(['a'], [[Number.POSITIVE_INFINITY]])).toThrow(RangeError);
  });

  it('quotes cells with the delimiter, quotes, line breaks or edge spaces and doubles inner quotes', () => {
    expect(schreibeCsv(['t'], [['a;b'], ['Sag "ja"'], ['Zeile 1\nZeile 2'], ['a\r\nb'], ['a,b'], [' x']], { bom: false }).split('\r\n')).toEqual([
      't',
      '"a;b"',
      '"Sag ""ja"""',
      '"Zeile 1\nZeile 2"',
      '"a',
      'b"',
      'a,b',
      '" x"',
      '',
    ]);
    expect(schreibeCsv(['t'], [['a,b'], ['a;b']], { trennzeichen: ',', bom: false })).toBe('t\r\n"a,b"\r\na;b\r\n');
  });

  it('neutralises the header as well and is deterministic', () => {
    const zeilen: (string | number)[][] = [['x', 1], ['=y', -2]];
    const eins = schreibeCsv(['=Kopf', 'Wert'], zeilen);
    expect(eins).toBe(`${BOM}'=Kopf;Wert\r\nx;1\r\n'=y;-2\r\n`);
    expect(schreibeCsv(['=Kopf', 'Wert'], zeilen)).toBe(eins);
  });

  it('round-trips through an RFC 4180 reader (csv-parse) to the neutralised text', async () => {
    const { parse } = await import('csv-parse/sync');
    const werte = ['=1+1', 'a;b', 'Sag "ja"', 'x\ny', '-', 'Ünïcödé 😀'];
    const csv = schreibeCsv(['w'], werte.map((w) => [w]), { bom: false });
    const gelesen = (parse(csv, { delimiter: ';', record_delimiter: '\r\n' }) as string[][]).map((z) => z[0]);
    expect(gelesen).toEqual(['w', "'=1+1", 'a;b', 'Sag "ja"', 'x\ny', "'-", 'Ünïcödé 😀']);
  });
});
