// The HTML report explains its numbers: marks link to an appendix entry with definition and records;
// the print HTML (the PDF without --nachweis) has neither.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ersetzeMarken } from '../../src/nachweis/ersetze-marken.js';
import { marke } from '../../src/nachweis/marke.js';
import { starteCli } from '../hilfen/werkzeuge.js';

let basis: string;
let html: string;
beforeAll(async () => {
  basis = await mkdtemp(path.join(os.tmpdir(), 'ewm-html-nachweis-'));
  const lauf = await starteCli(['2019', '--cluster', 'industrielle-produktion', '--format', 'html', '--ausgabe', basis, '--ruhig']);
  expect(lauf.code).toBe(0);
  html = (await readFile(path.join(basis, '2019', 'industrielle-produktion', 'bericht.html'), 'utf8')).replace(/\u00ad/g, '').replace(/\u00a0/g, ' ');
}, 120_000);
afterAll(async () => {
  await rm(basis, { recursive: true, force: true });
});

describe('number links and the Nachweis appendix in bericht.html', () => {
  it('marks the numbers of the text with their key, linked to an entry of the appendix', () => {
    expect(html).toContain('von denen <a class="kz" href="#nw-projekte.neu.2019" data-kennzahl="projekte.neu.2019" title="projekte.neu.2019">15</a> Projekte');
    expect(html).toMatch(/<a class="kz" href="#nw-projekte\.neu\.2019\.projektvolumen" [^>]*>69,2 Millionen Euro<\/a>/);
    // A figure number is not a Kennzahl.
    expect(html).not.toMatch(/Abbildung <a class="kz"/);
  });

  it('marks percentages and change words computed from two keys with both', () => {
    expect(html).toContain('im Vergleich zum Vorjahr <a class="kz" href="#nw-projekte.neu.2018" data-kennzahl="projekte.neu.2018 projekte.neu.2019" title="berechnet aus projekte.neu.2018, projekte.neu.2019">verdreifacht</a>');
    expect(html).toMatch(/von <a class="kz" href="#nw-projekte\.neu\.2018\.crosscluster" data-kennzahl="projekte\.neu\.2018\.crosscluster projekte\.neu\.2018" [^>]*>20 %<\/a> auf <a class="kz" [^>]*>60 %<\/a>/);
    expect(html).toMatch(/bzw\. um <a class="kz" [^>]*data-kennzahl="aktivitaeten\.neu\.2019 aktivitaeten\.neu\.2018"[^>]*>19 Prozent<\/a>/);
  });

  it('links a count of 1 written as a word to its key, never an article', () => {
    expect(html).toContain('und <a class="kz" href="#nw-projekte.neu.2019.status.in_vorbereitung" data-kennzahl="projekte.neu.2019.status.in_vorbereitung" title="projekte.neu.2019.status.in_vorbereitung">ein</a> Projekt befand sich noch in Vorbereitung');
    const woerter = [...html.matchAll(/<a class="kz" [^>]*data-kennzahl="([^"]+)"[^>]*>(?:ein|eine|einem|einer|einen|Ein|Eine)<\/a>/g)];
    expect(woerter).toHaveLength(1);
    for (const [, schluessel = ''] of woerter) for (const s of schluessel.split(' ')) expect(html, s).toContain(`<h3><code>${s}</code> = 1</h3>`);
    expect(html).toContain('mit einem Volumen von insgesamt');
  });

  it('links the data labels of the embedded charts like the numbers of the text; the SVG files stay as rendered', async () => {
    const abbildung1 = /<figure[^>]*id="abbildung-1"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? html;
    expect(abbildung1).toMatch(/<text [^>]*><a class="kz" href="#nw-projekte\.neu\.2019" data-kennzahl="projekte\.neu\.2019" title="projekte\.neu\.2019">15<\/a><\/text>/);
    expect(html).toMatch(/<text [^>]*><a class="kz" href="#nw-projekte\.neu\.2019\.projektvolumen" [^>]*>69,2<\/a><\/text>/);
    expect(html).toContain('id="nw-projekte.neu.2019.status.begonnen_laufend"');
    const svg = await readFile(path.join(basis, '2019', 'industrielle-produktion', 'abbildungen', 'abbildung-1.svg'), 'utf8');
    expect(svg).not.toMatch(/class="kz"|[\uE000-\uE002]/);
  });

  it('marks table cells exactly, the Summe row with the keys it adds up', () => {
    expect(html).toMatch(/<td><a class="kz" href="#nw-projekte\.neu\.2019\.crosscluster\.beteiligungen\.energietechnik" [^>]*>4<\/a><\/td>/);
    expect(html).toMatch(/<tr class="summe"><th scope="row">Summe<\/th>(<td><a class="kz" [^>]*title="Summe aus [^"]+">\d+<\/a><\/td>)+/);
  });

  it('has an appendix entry per linked key: definition, value, records as datei:zeile id titel, exclusions with reason', () => {
    const eintrag = /<section class="nachweis" id="nw-projekte\.neu\.2019">(.*?)<\/section>/s.exec(html)?.[1] ?? '';
    expect(eintrag).toContain('<h3><code>projekte.neu.2019</code> = 15</h3>');
    expect(eintrag).toContain('Laufzeitbeginn im Jahr 2019');
    expect(eintrag.match(/<li><code>projekte\.csv:\d+<\/code> PR-19-\d\d /g)).toHaveLength(16);
    expect(eintrag).toContain('<li><code>projekte.csv:13</code> PR-19-01 Werner-von-Siemens Centre for Industry and Science</li>');
    expect(eintrag).toContain('abgesagt seit 30.09.2019, am oder vor dem Stichtag 31.12.2019');
    for (const [, ziel] of html.matchAll(/<a class="kz" href="#([^"]+)"/g)) expect(html, ziel).toContain(`id="${ziel}"`);
  });

  it('stays self-contained: no script, no external reference in the appendix', () => {
    const anhang = html.slice(html.indexOf('<section class="nachweis-anhang"'));
    expect(anhang).not.toMatch(/<script|https?:\/\//);
    expect(html).toContain('section.nachweis:target');
  });
});

describe('ersetzeMarken', () => {
  it('without links only the text stays; stray sentinels from data are dropped and eat no text; a malformed key is not linked', () => {
    const text = `a ${marke('x.y', '15')} b ${marke(['p', 'q'], '3')} \uE000 c ${marke('&lt;b&gt;', '1')}`;
    expect(ersetzeMarken(text, false).html).toBe('a 15 b 3  c &lt;b&gt;1');
    const mit = ersetzeMarken(text, true);
    expect(mit.schluessel).toEqual(['x.y', 'p', 'q']);
    expect(mit.html).toContain('title="Summe aus p, q">3</a>');
    expect(mit.html).not.toContain('href="#nw-&lt;b');
    expect(mit.html).toContain(' c ');
  });
});
