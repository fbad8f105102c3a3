// End-to-end typesetting of all five sample reports, measured from outside with pdftotext
// (scripts/miss-satz.mjs): what a reader's search, copy and eye meet in the PDF.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starteCli } from '../hilfen/werkzeuge.js';

interface Messung { seiten: number; fastLeer: number; trennungen: number; leiter: number; unsichtbar: number; getrennteZahlen: number; details: string[] }

const BERICHTE = ['clean-technologies', 'energietechnik', 'industrielle-produktion', 'optik-photonik', 'smart-cities'];
let basis: string;
let messung: Record<string, Messung>;

beforeAll(async () => {
  basis = await mkdtemp(path.join(os.tmpdir(), 'ewm-satz-'));
  const lauf = await starteCli(['2019', '--alle', '--ausgabe', basis, '--format', 'pdf']);
  expect(lauf.code, lauf.stderr).toBe(0);
  messung = JSON.parse(execFileSync('node', ['scripts/miss-satz.mjs', path.join(basis, '2019'), '--json'], { encoding: 'utf8' })) as Record<string, Messung>;
}, 180_000);

afterAll(async () => {
  await rm(basis, { recursive: true, force: true });
});

describe.each(BERICHTE)('typesetting of the sample report %s', (cluster) => {
  it('has a soft hyphen in the text layer only where a line really ends', () => {
    const m = messung[cluster];
    expect(m?.trennungen).toBeGreaterThan(20);
    expect(m?.unsichtbar).toBe(0);
    // Without -layout (poppler joins hyphenated lines): one soft hyphen per hyphenated line end, no more.
    const roh = execFileSync('pdftotext', [path.join(basis, '2019', cluster, 'bericht.pdf'), '-'], { encoding: 'utf8' });
    expect(roh.split('\u00ad').length - 1).toBe(m?.trennungen);
  });

  it('has at most two hyphenated line ends in a row', () => {
    expect(messung[cluster]?.leiter).toBeLessThanOrEqual(2);
  });
});
