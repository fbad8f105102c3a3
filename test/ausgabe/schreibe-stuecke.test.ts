// Files written in pieces: byte-exact through the reused buffer (multi-byte characters at every boundary),
// hashed while written, and content marked `zuletzt` written after the files it depends on.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schreibeAtomar, type StueckInhalt } from '../../src/ausgabe/schreibe-atomar.js';
import { mitHash } from '../../src/manifest/mit-hash.js';

let basis: string;
beforeEach(async () => {
  basis = await mkdtemp(path.join(os.tmpdir(), 'ewm-stuecke-'));
});
afterEach(async () => {
  await rm(basis, { recursive: true, force: true });
});

/** Pieces of varied length with umlauts, a 4-byte character and one piece larger than the write buffer. */
function* stuecke(): Generator<string> {
  for (let i = 0; i < 40_000; i++) yield `${i}: Größe ä€😀 ${'x'.repeat(i % 97)}\n`;
  yield 'ü'.repeat(600_000);
  yield 'Ende\n';
}

describe('schreibeAtomar with content in pieces', () => {
  it('writes exactly the joined text, and mitHash gives its sha256 once the pieces are read', async () => {
    const erwartet = [...stuecke()].join('');
    let hash = '';
    const inhalt = mitHash({ teile: stuecke }, (h) => void (hash = h));
    await schreibeAtomar(path.join(basis, 'bericht'), new Map([['gross.txt', inhalt]]));
    const gelesen = await readFile(path.join(basis, 'bericht', 'gross.txt'));
    expect(gelesen.equals(Buffer.from(erwartet, 'utf8'))).toBe(true);
    expect(hash).toBe(createHash('sha256').update(erwartet).digest('hex'));
  });

  it('writes content marked zuletzt after every other file, whatever its name', async () => {
    const reihenfolge: string[] = [];
    const stueck = (name: string, zuletzt = false): StueckInhalt => ({ zuletzt, *teile() { reihenfolge.push(name); yield name; } });
    await schreibeAtomar(path.join(basis, 'bericht'), new Map([['a.json', stueck('a', true)], ['m.json', stueck('m')], ['z.json', stueck('z')]]));
    expect(reihenfolge).toEqual(['m', 'z', 'a']);
  });
});
