import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dekodiereCp1252, dekodiereGanz, erkenneKodierung, erkenneKodierungDatei, leseTextStuecke } from '../../src/lesen/dekodiere-text.js';
import { erkenneTrennzeichen } from '../../src/lesen/erkenne-trennzeichen.js';

const tmp = mkdtempSync(join(tmpdir(), 'ewm-kodierung-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Windows-1252 bytes of "Geschäftsführung – 5 €". */
const CP1252 = Uint8Array.from([...Buffer.from('Gesch', 'latin1'), 0xe4, ...Buffer.from('ftsf', 'latin1'), 0xfc, ...Buffer.from('hrung ', 'latin1'), 0x96, ...Buffer.from(' 5 ', 'latin1'), 0x80]);

describe('encoding', () => {
  it('decodes Windows-1252 including € and en dash (Node maps 0x80 wrongly itself)', () => {
    expect(dekodiereCp1252(CP1252)).toBe('Geschäftsführung – 5 €');
    expect(erkenneKodierung(CP1252)).toBe('windows-1252');
    expect(dekodiereGanz(CP1252)).toBe('Geschäftsführung – 5 €');
  });

  it('detects UTF-8 with and without BOM and strips the BOM', () => {
    const utf8 = Buffer.from('Geschäft €', 'utf8');
    expect(erkenneKodierung(utf8)).toBe('utf-8');
    expect(dekodiereGanz(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toBe('Geschäft €');
  });

  it('detects UTF-8 of a file whose multibyte characters straddle the 1 MiB chunk border', async () => {
    const pfad = join(tmp, 'gross.csv');
    const text = `${'a'.repeat((1 << 20) - 1)}ä€${'b'.repeat(10)}`;
    writeFileSync(pfad, text, 'utf8');
    expect(await erkenneKodierungDatei(pfad)).toBe('utf-8');
    const teile: string[] = [];
    for await (const t of leseTextStuecke(pfad, 'utf-8')) teile.push(t);
    expect(teile.join('')).toBe(text);
  });

  it('detects Windows-1252 in a file only late in the file', async () => {
    const pfad = join(tmp, 'spaet.csv');
    writeFileSync(pfad, Buffer.concat([Buffer.from('x'.repeat(3 << 20)), Buffer.from(CP1252)]));
    expect(await erkenneKodierungDatei(pfad)).toBe('windows-1252');
  });
});

describe('erkenneTrennzeichen', () => {
  it('counts outside quotes in the first line', () => {
    expect(erkenneTrennzeichen('id;titel;cluster\n1,2,3,4,5')).toBe(';');
    expect(erkenneTrennzeichen('id,titel,cluster\n1;2;3;4')).toBe(',');
    expect(erkenneTrennzeichen('"a;b;c",d,e\n')).toBe(',');
    expect(erkenneTrennzeichen('id\n')).toBe(';');
  });
});
