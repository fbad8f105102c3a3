// End-to-end from outside the PDF: a PNG logo in bericht.json appears as an image in the PDF
// (pdfimages -list), and a link an analyst writes in Markdown is a link annotation in the PDF and
// an <a href> in bericht.html. The sample data is copied and given both.
import { execFileSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starteCli } from '../hilfen/werkzeuge.js';

const URL_IM_TEXT = 'https://www.berlin.de/masterplan-industriestadt';
let basis: string;
let pdf: string;
let html: string;

/** A real PNG of `breite` × `hoehe` RGB pixels (one colour). */
function png(breite: number, hoehe: number): Buffer {
  const stueck = (typ: string, daten: Buffer): Buffer => {
    const kopf = Buffer.alloc(8);
    kopf.writeUInt32BE(daten.length, 0);
    kopf.write(typ, 4, 'latin1');
    const pruef = Buffer.alloc(4);
    pruef.writeUInt32BE(crc32(Buffer.concat([Buffer.from(typ, 'latin1'), daten])) >>> 0, 0);
    return Buffer.concat([kopf, daten, pruef]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(breite, 0);
  ihdr.writeUInt32BE(hoehe, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // RGB
  const zeile = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: breite }, () => [0, 51, 153]).flat())]);
  const roh = Buffer.concat(Array.from({ length: hoehe }, () => zeile));
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), stueck('IHDR', ihdr), stueck('IDAT', deflateSync(roh)), stueck('IEND', Buffer.alloc(0))]);
}

beforeAll(async () => {
  basis = await mkdtemp(path.join(os.tmpdir(), 'ewm-logo-link-'));
  const daten = path.join(basis, 'daten');
  await cp('data', daten, { recursive: true });
  await writeFile(path.join(daten, 'logos', 'land-berlin.png'), png(120, 40));
  const bericht = JSON.parse(await readFile(path.join(daten, 'bericht.json'), 'utf8')) as { logos: unknown[] };
  bericht.logos.push({ datei: 'logos/land-berlin.png', alt: 'Land Berlin' });
  await writeFile(path.join(daten, 'bericht.json'), JSON.stringify(bericht, null, 2));
  await appendFile(
    path.join(daten, 'texte', '2019', 'industrielle-produktion', '3-1-projekte.md'),
    `\nMehr zum Masterplan steht auf der [Seite der Senatsverwaltung](${URL_IM_TEXT}).\n`,
  );
  const lauf = await starteCli(['2019', '--cluster', 'industrielle-produktion', '--daten', daten, '--ausgabe', path.join(basis, 'out'), '--format', 'pdf,html']);
  expect(lauf.code, lauf.stderr).toBe(0);
  pdf = path.join(basis, 'out', '2019', 'industrielle-produktion', 'bericht.pdf');
  html = await readFile(path.join(basis, 'out', '2019', 'industrielle-produktion', 'bericht.html'), 'utf8');
}, 120_000);

afterAll(async () => {
  await rm(basis, { recursive: true, force: true });
});

describe('a PNG logo and a link in an analyst text', () => {
  it('prints the PNG logo as an image on the Impressum page (pdfimages -list)', () => {
    const zeilen = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    const bilder = zeilen.map((z) => z.trim().split(/\s+/)).map(([seite, , typ, breite, hoehe]) => ({ seite, typ, breite, hoehe }));
    expect(bilder).toContainEqual({ seite: '2', typ: 'image', breite: '120', hoehe: '40' });
    expect(html).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="Land Berlin">/);
  });

  it('makes the Markdown link a link annotation in the PDF and an <a href> in the HTML', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const dokument = await pdfjs.getDocument({ data: new Uint8Array(await readFile(pdf)), verbosity: 0 }).promise;
    const urls: string[] = [];
    for (let s = 1; s <= dokument.numPages; s++) {
      const anmerkungen = (await (await dokument.getPage(s)).getAnnotations()) as { subtype: string; url?: string }[];
      urls.push(...anmerkungen.filter((a) => a.subtype === 'Link' && a.url !== undefined).map((a) => a.url ?? ''));
    }
    expect(urls).toContain(URL_IM_TEXT);
    expect(html.replace(/\u00ad/g, '').includes(`<a href="${URL_IM_TEXT}">Seite der Senatsverwaltung</a>`), '<a href> in bericht.html').toBe(true);
  });
});
