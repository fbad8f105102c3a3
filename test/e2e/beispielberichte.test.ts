// End-to-end: the five sample reports as a publisher receives them, read from outside the PDF
// (pdftotext with and without -layout, pdfimages, link annotations via pdfjs) and measured with
// scripts/miss-satz.mjs: Impressum, logos, links, and what a reader's search, copy and eye meet.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starteCli } from '../hilfen/werkzeuge.js';

interface Messung { seiten: number; fastLeer: number; trennungen: number; leiter: number; unsichtbar: number; seitenUmbruchTrennung: number; getrennteZahlen: number; details: string[] }

const BERICHTE = ['clean-technologies', 'energietechnik', 'industrielle-produktion', 'optik-photonik', 'smart-cities'];
let basis: string;
let messung: Record<string, Messung>;

beforeAll(async () => {
  basis = await mkdtemp(path.join(os.tmpdir(), 'ewm-satz-'));
  const lauf = await starteCli(['2019', '--alle', '--ausgabe', basis, '--format', 'pdf,html']);
  expect(lauf.code, lauf.stderr).toBe(0);
  messung = JSON.parse(execFileSync('node', ['scripts/miss-satz.mjs', path.join(basis, '2019'), '--json'], { encoding: 'utf8' })) as Record<string, Messung>;
}, 180_000);

afterAll(async () => {
  await rm(basis, { recursive: true, force: true });
});

const pdfVon = (cluster: string): string => path.join(basis, '2019', cluster, 'bericht.pdf');
const text = (cluster: string, ...optionen: string[]): string =>
  execFileSync('pdftotext', [...optionen, pdfVon(cluster), '-'], { encoding: 'utf8' }).replace(/\u00ad[-\u2010]?\n/g, '').replace(/\u00a0/g, ' ');

/** URIs of the link annotations per page (1-based). */
async function links(cluster: string): Promise<Map<number, string[]>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dokument = await pdfjs.getDocument({ data: new Uint8Array(await readFile(pdfVon(cluster))), verbosity: 0 }).promise;
  const ergebnis = new Map<number, string[]>();
  for (let s = 1; s <= dokument.numPages; s++) {
    const anmerkungen = (await (await dokument.getPage(s)).getAnnotations()) as { subtype: string; url?: string }[];
    ergebnis.set(s, anmerkungen.filter((a) => a.subtype === 'Link' && a.url !== undefined).map((a) => a.url ?? ''));
  }
  return ergebnis;
}

describe.each(BERICHTE)('Impressum, logos and links of the sample report %s', (cluster) => {
  it('prints the publisher and editor addresses of the seed and no placeholder anywhere', () => {
    const impressum = text(cluster, '-f', '2', '-l', '2', '-layout');
    for (const zeile of ['Martin-Luther-Str. 105', '10825 Berlin', 'www.berlin.de/sen/web', 'Ramboll Management Consulting GmbH', 'Neue Grünstraße 17', '10179 Berlin', 'info@ramboll.de']) {
      expect(impressum).toContain(zeile);
    }
    expect(text(cluster)).not.toMatch(/\[[^\]]*(ergänzen|fehlt)[^\]]*\]/);
  });

  it('shows the EU/EFRE block beside the funding note, with the alt text in the HTML', async () => {
    const impressum = text(cluster, '-f', '2', '-l', '2');
    expect(impressum).toMatch(/EUROPÄISCHE UNION\s+Europäischer Fonds für regionale Entwicklung/);
    const html = await readFile(path.join(basis, '2019', cluster, 'bericht.html'), 'utf8');
    expect(html).toMatch(/<img src="data:image\/svg\+xml;base64,(?:[A-Za-z0-9+/]|&#x3D;)+" alt="Europäische Union – Europäischer Fonds für regionale Entwicklung">/);
  });

  it('has clickable "Weitere Informationen" and address links in the PDF and the HTML', async () => {
    const seiten = await links(cluster);
    expect(seiten.get(2)).toEqual(expect.arrayContaining(['https://www.berlin.de/sen/web', 'mailto:info@ramboll.de', 'https://www.ramboll.de/']));
    expect(seiten.get(3)).toContain('http://innobb.de/de/innobb-2025-eine-neue-strategie-fuer-neue-zeiten');
    expect(new Set(seiten.get(3)?.filter((u) => u.startsWith('http') && !u.includes('innobb'))).size).toBe(1);
    expect(text(cluster, '-f', '3', '-l', '3')).toMatch(/Weitere Informationen zum (Teilthema|Cluster) .+ finden Sie unter: https?:\/\//);
    const html = await readFile(path.join(basis, '2019', cluster, 'bericht.html'), 'utf8');
    expect(html).toContain('<a href="http://innobb.de/de/innobb-2025-eine-neue-strategie-fuer-neue-zeiten">');
  });
});

describe.each(BERICHTE)('typesetting of the sample report %s', (cluster) => {
  it('embeds only Source Sans 3 under the real names of its static faces (pdffonts)', () => {
    const zeilen = execFileSync('pdffonts', [pdfVon(cluster)], { encoding: 'utf8' }).trim().split('\n').slice(2);
    const namen = zeilen.map((z) => z.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '')).sort();
    expect(namen).toEqual(['SourceSans3-Bold', 'SourceSans3-It', 'SourceSans3-Regular', 'SourceSans3-Semibold']);
    for (const zeile of zeilen) expect(zeile).toMatch(/\s+yes yes yes\s/);
  });

  it('bericht.html reads on screen as a centred column with margins, contents entries are links', async () => {
    const html = await readFile(path.join(basis, '2019', cluster, 'bericht.html'), 'utf8');
    expect(html).toMatch(/@media screen \{[\s\S]*?\n\s*body \{[^}]*max-width: 48rem; margin: 2rem auto; padding: 2\.5rem 3rem;/);
    expect(html.match(/<li class="ebene-[12]"><a href="#kapitel-[\d-]+">/g)).toHaveLength(8);
  });

  it('has a soft hyphen in the text layer only where a line really ends', () => {
    const m = messung[cluster];
    expect(m?.trennungen).toBeGreaterThan(20);
    expect(m?.unsichtbar).toBe(0);
    // Without -layout (poppler joins hyphenated lines): one soft hyphen per hyphenated line end, no more.
    const roh = execFileSync('pdftotext', [pdfVon(cluster), '-'], { encoding: 'utf8' });
    expect(roh.split('\u00ad').length - 1).toBe(m?.trennungen);
  });

  it('has at most two hyphenated line ends in a row', () => {
    expect(messung[cluster]?.leiter).toBeLessThanOrEqual(2);
  });

  it('ends no paragraph in a word fragment (no hyphenated line followed by a last line of one fragment)', () => {
    const zeilen = execFileSync('pdftotext', ['-layout', pdfVon(cluster), '-'], { encoding: 'utf8' }).split('\n').map((z) => z.trim());
    const fragmente = zeilen.filter((z, i) => i > 0 && /[\u00ad\u2010-]$/.test(zeilen[i - 1] ?? '') && /^[a-zäöüß]+[.,;:!?)]*$/.test(z));
    expect(fragmente).toEqual([]);
  });

  it('splits no word across a page break (no hyphen ends the last line of a page)', () => {
    expect(messung[cluster]?.seitenUmbruchTrennung, messung[cluster]?.details.join('\n')).toBe(0);
  });

  it('has no page after the Impressum with fewer than six lines of text, and none more than half empty inside a chapter', () => {
    expect(messung[cluster]?.fastLeer, messung[cluster]?.details.join('\n')).toBe(0);
    expect((messung[cluster] as Messung & { halbLeer: number }).halbLeer, messung[cluster]?.details.join('\n')).toBe(0);
  });

  it('writes abbildungen/*.svg with their own font subset; the charts inside bericht.html use the page font', async () => {
    const ordner = path.join(basis, '2019', cluster);
    for (let n = 1; n <= 8; n++) {
      const svg = await readFile(path.join(ordner, 'abbildungen', `abbildung-${n}.svg`), 'utf8');
      expect(svg.match(/@font-face\{font-family:'Source Sans 3';font-style:normal;font-weight:(400|600);src:url\(data:font\/ttf;base64,/g)).toHaveLength(2);
    }
    const html = await readFile(path.join(ordner, 'bericht.html'), 'utf8');
    expect(html.match(/<svg /g)?.length ?? 0).toBeGreaterThanOrEqual(8);
    expect(html.match(/data:font\/ttf;/g)).toBeNull();
  });

  it('writes every amount in millions with one decimal, in the text as in the charts ("21,0 Millionen Euro")', () => {
    const einzeilig = text(cluster).replace(/\s+/g, ' ');
    expect(einzeilig.match(/\d,\d Millionen Euro/g)?.length ?? 0).toBeGreaterThan(2);
    expect(einzeilig).not.toMatch(/(?<![\d,])\d+(?:\.\d{3})* Millionen? Euro/);
    expect(einzeilig).not.toMatch(/(?<![\d,])\d+(?:\.\d{3})* Mio\. €/);
  });

  it('keeps every number on the line of its word ("15 Projekte", "4 von 5", "Abbildung 4")', () => {
    expect(messung[cluster]?.getrennteZahlen, messung[cluster]?.details.join('\n')).toBe(0);
  });
});
