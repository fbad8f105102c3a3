// The rendering sandbox end to end: data/ with hostile values (markup, template syntax, URLs of a
// local spy server, RTL override, zero-width space, emoji, 10,000-character names) through the real
// pipeline. Values must appear as literal text in HTML, SVG, PDF text and PDF metadata, no request
// may leave the page, the layout must hold, and no Chromium may survive the run.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BerichtsBrowser } from '../../src/browser/berichts-browser.js';
import { bereiteBerichtVor } from '../../src/bericht/erzeuge-bericht.js';
import { ewmFormat } from '../../src/ewm/ewm-format.js';
import { druckeBericht } from '../../src/pdf/drucke-bericht.js';
import { FORMATE } from '../../src/formate.js';
import { ladeDaten } from '../../src/pruefen/lade-daten.js';
import { prozesseMit } from '../pdf/poppler.js';
import { pdfText, poppler, starteCli, type Lauf } from '../hilfen/werkzeuge.js';
import { LANGER_NAME, schreibeFeindlicheDaten, type FeindlicheWerte } from './feindliche-daten.js';

let basis: string;
let daten: string;
let chromiumTmp: string;
let ordner: string;
let server: Server;
let port: number;
const anfragen: string[] = [];
let w: FeindlicheWerte;
let lauf: Lauf;
let html: string;
let pdfDatei: string;
let text: string;

/** Text without soft hyphens and without any whitespace, so line and hyphenation breaks do not matter. */
const kompakt = (t: string): string => t.replace(/\u00ad/g, '').replace(/[\u2010-]\n/g, '').replace(/\s+/g, '');
/** pdftotext pages (form feed separated) without the page number in the footer, so a value running across pages stays whole. */
const ohneSeitenzahlen = (t: string): string => t.split('\f').map((seite) => seite.replace(/\n\d+\s*$/, '\n')).join('\n');
/** HTML text with the entities our escaping (and Handlebars') produces turned back into characters. */
const entschluesselt = (h: string): string =>
  h.replace(/&(lt|gt|quot|#39|#x27|#x3D|#x60|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", '#x3D': '=', '#x60': '`', amp: '&' })[e] ?? '');

beforeAll(async () => {
  server = createServer((anfrage, antwort) => {
    anfragen.push(anfrage.url ?? '');
    antwort.end('x');
  });
  await new Promise<void>((fertig) => server.listen(0, '127.0.0.1', fertig));
  port = (server.address() as AddressInfo).port;
  basis = await mkdtemp(path.join(os.tmpdir(), 'ewm-sandkasten-'));
  daten = path.join(basis, 'daten');
  chromiumTmp = path.join(basis, 'tmp');
  await mkdir(chromiumTmp);
  w = await schreibeFeindlicheDaten(daten, port);
  // TMPDIR puts the CLI's Chromium profile below chromiumTmp, so its processes can be counted.
  lauf = await starteCli(['2019', '--cluster', 'industrielle-produktion', '--daten', daten, '--ausgabe', path.join(basis, 'aus')], {
    TMPDIR: chromiumTmp,
  });
  ordner = path.join(basis, 'aus', '2019', 'industrielle-produktion');
  html = (await readFile(path.join(ordner, 'bericht.html'), 'utf8')).replace(/\u00ad/g, '');
  pdfDatei = path.join(ordner, 'bericht.pdf');
  text = pdfText(pdfDatei);
}, 180_000);

afterAll(async () => {
  server.close();
  await rm(basis, { recursive: true, force: true });
});

describe('hostile values through the CLI (PDF, HTML, SVG, JSON)', () => {
  it('the report is written and no request reached the spy server', () => {
    expect(lauf.code, lauf.stderr).toBe(0);
    expect(lauf.stderr).toMatch(/Bericht geschrieben: .*\(\d+ Seiten\): 22 Dateien\./);
    expect(anfragen).toEqual([]);
  });

  it('no Chromium process of the run survives it, and its profile folder is gone', async () => {
    expect(prozesseMit(chromiumTmp)).toEqual([]);
    expect((await readdir(chromiumTmp)).filter((e) => e.startsWith('ewm-report-chromium-'))).toEqual([]);
  });

  it('HTML: values are escaped text; no markup, script, frame, stylesheet or remote URL from data', () => {
    expect(html).toContain('Industrielle &lt;img src');
    expect(html).toContain('&lt;script&gt;document.title');
    const klartext = entschluesselt(html);
    for (const wert of [
      w.eigenerCluster,
      w.skriptCluster,
      w.unicodeCluster,
      w.handlungsfeld,
      w.beispielTitel,
      LANGER_NAME,
      w.langesHandlungsfeld,
      `<img src="http://127.0.0.1:${port}/md-roh"> und <script>document.title='pwned'</script>`,
      '[Bild: Spion]',
    ]) {
      expect(klartext.includes(wert), wert.slice(0, 60)).toBe(true);
    }
    // The only image: the logo from bericht.json, embedded as a data: URL (an <img> never runs a script in it).
    const logos = /<img src="data:image\/(svg\+xml|png);base64,(?:[A-Za-z0-9+/]|&#x3D;)+" alt="[^"<]*">/g;
    expect(html.match(logos)).toHaveLength(1);
    const ohneLogos = html.replace(logos, '');
    expect(ohneLogos).not.toMatch(/<(script|img|iframe|link|object|embed|image|use|foreignObject)[\s>]/i);
    // a '<' in text is always escaped, so every '<' opens a real tag: no tag may carry a loading attribute
    const namen = attributNamen(ohneLogos);
    expect(namen.size).toBeGreaterThan(5);
    for (const laedt of ['src', 'srcset', 'xlink:href', 'background', 'poster', 'data', 'formaction', 'action']) expect(namen.has(laedt), laedt).toBe(false);
    // stylesheets load only inlined data: fonts
    const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((t) => t[1]).join('\n');
    expect(css).toContain('url(data:font/woff2;base64,');
    expect(css).not.toMatch(/@import|url\(\s*['"]?(?!data:)/i);
    expect(html).not.toContain('pwned</');
    // the only URLs of the spy server are link targets (<a href>), which load nothing
    const verweise = [...html.matchAll(new RegExp(`href="(http://127\\.0\\.0\\.1:${port}/[^"]*)"`, 'g'))].map((t) => t[1]);
    // (the hostile Markdown stands in the Überblick and in the 3.1 slot)
    expect(verweise.sort()).toEqual([`http://127.0.0.1:${port}/md-auto`, `http://127.0.0.1:${port}/md-auto`, `http://127.0.0.1:${port}/md-link`, `http://127.0.0.1:${port}/md-link`]);
  });

  it('SVG charts: Handlungsfeld names are escaped text, every file one well-closed <svg>', async () => {
    const dateien = (await readdir(path.join(ordner, 'abbildungen'))).filter((d) => d.endsWith('.svg'));
    expect(dateien).toHaveLength(8);
    let gesehen = 0;
    for (const datei of dateien) {
      const svg = await readFile(path.join(ordner, 'abbildungen', datei), 'utf8');
      expect(svg.match(/<svg[\s>]/g), datei).toHaveLength(1);
      expect(svg.match(/<\/svg>/g), datei).toHaveLength(1);
      expect(svg.trimEnd().endsWith('</svg>'), datei).toBe(true);
      expect(svg).not.toMatch(/<(script|img|image|foreignObject|iframe)[\s>]/i);
      if (svg.includes('&lt;/svg&gt;&lt;img')) gesehen += 1;
    }
    expect(gesehen).toBe(2); // Abbildungen 4 and 7 show the Handlungsfelder
  });

  it('PDF text: the hostile values are printed literally (title page, sentences, Tabellen 1/2, Abbildungen, texts)', () => {
    const k = kompakt(ohneSeitenzahlen(text));
    for (const wert of [
      w.eigenerCluster,
      w.skriptCluster,
      '{{#each}} </svg>',
      `Industrie 4.0 {{#each this}}</svg><img src=http://127.0.0.1:${port}/hf>`,
      `Roh: <img src="http://127.0.0.1:${port}/md-roh"> und <script>document.title='pwned'</script>`,
      `<iframe src="http://127.0.0.1:${port}/md-iframe"></iframe>`,
      `Bild: [Bild: Spion] und Link: Verweis`,
      `EU-Förderprogramm <img src=http://127.0.0.1:${port}/beispiel> {{titel}}`,
      LANGER_NAME,
      w.langesHandlungsfeld,
    ]) {
      expect(k.includes(kompakt(wert)), wert.slice(0, 60)).toBe(true);
    }
  });

  it('PDF metadata: title, subject, keywords and author hold the values literally', () => {
    const info = poppler('pdfinfo', pdfDatei);
    expect(info).toMatch(new RegExp(`^Title:\\s+Jahresbericht 2019 zum Ergebnis- und Wirkungsmonitoring – ${escapeRegExp(w.eigenerCluster)} Berlin$`, 'm'));
    expect(info).toMatch(new RegExp(`^Subject:\\s+.*${escapeRegExp(w.eigenerCluster)} im Berichtsjahr 2019$`, 'm'));
    expect(info).toMatch(new RegExp(`^Keywords:\\s+Ergebnis- und Wirkungsmonitoring, ${escapeRegExp(w.eigenerCluster)}, 2019$`, 'm'));
    expect(info).toMatch(new RegExp(`^Author:\\s+${escapeRegExp(w.herausgeber)}$`, 'm'));
  });

  it('layout: the page count stays normal and no word leaves the page or the text column', () => {
    const seiten = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdfDatei))?.[1]);
    expect(seiten).toBeGreaterThan(8);
    expect(seiten).toBeLessThan(60);
    const bbox = spawnSync('pdftotext', ['-bbox', pdfDatei, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
    const ausreisser: string[] = [];
    for (const [, breite, koerper] of bbox.matchAll(/<page width="([\d.]+)" height="[\d.]+">([\s\S]*?)<\/page>/g)) {
      for (const [, x0, x1, wort] of (koerper ?? '').matchAll(/<word xMin="([\d.-]+)" yMin="[\d.-]+" xMax="([\d.-]+)" yMax="[\d.-]+">([^<]*)<\/word>/g)) {
        // A4 is 595 pt wide; the text column keeps well inside 40 pt of either edge
        if (Number(x0) < 40 || Number(x1) > Number(breite) - 40) ausreisser.push(`${x0}–${x1}: ${(wort ?? '').slice(0, 30)}`);
      }
    }
    expect(ausreisser).toEqual([]);
  });

  it('Tabelle 1 keeps the values of the row with the 10,000-character name', () => {
    const zeilen = pdfText(pdfDatei, undefined, true).split('\n');
    // Tabelle 1 (2017–2019: – – 2) and Tabelle 2 (2018, 2019: 2 2), values beside the name's first line
    expect(zeilen.filter((z) => /^\s*Lang\S*\s+–\s+–\s+2\s*$/.test(z))).toHaveLength(1);
    expect(zeilen.filter((z) => /^\s*Lang\S*\s+2\s+2\s*$/.test(z))).toHaveLength(1);
  });
});

describe('the sandbox itself (in-process print of the hostile report)', () => {
  it('the page requests nothing; an unescaped URL slipped into the HTML is blocked and recorded, never fetched', async () => {
    const { daten: bestand } = await ladeDaten(daten, FORMATE);
    expect(bestand).toBeDefined();
    const bericht = await bereiteBerichtVor(
      { daten: bestand!, datenVerzeichnis: daten, jahr: 2019, cluster: 'industrielle-produktion', ausgabe: path.join(basis, 'leer'), formate: new Set(['pdf']), streng: false },
      ewmFormat,
    );
    const browser = new BerichtsBrowser({ timeoutMs: 60_000 });
    try {
      const sauber = await druckeBericht(browser, bericht.baueHtml!, bericht.metadaten, { ressourcen: bericht.ressourcen });
      expect(sauber.blockiert).toEqual([]);
      // control: the same report with markup that escaping would have prevented
      const boese = `<img src="http://127.0.0.1:${port}/kontrolle"><link rel="stylesheet" href="http://127.0.0.1:${port}/kontrolle.css">`;
      const undicht = await druckeBericht(browser, (s) => bericht.baueHtml!(s).replace('</body>', `${boese}</body>`), bericht.metadaten, {
        ressourcen: bericht.ressourcen,
      });
      expect([...new Set(undicht.blockiert)].sort()).toEqual([`http://127.0.0.1:${port}/kontrolle`, `http://127.0.0.1:${port}/kontrolle.css`]);
      expect(anfragen).toEqual([]);
    } finally {
      await browser.dispose();
    }
  }, 120_000);
});

/** Names of all attributes of all tags in `html` (attribute values may hold escaped text with '=' or '>'-free markup-like text). */
function attributNamen(html: string): Set<string> {
  const namen = new Set<string>();
  for (const [, attribute] of html.matchAll(/<[a-zA-Z][\w:-]*((?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g)) {
    for (const [, name] of (attribute ?? '').matchAll(/\s+([\w:-]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g)) namen.add((name ?? '').toLowerCase());
  }
  return namen;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
