import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { BerichtsBrowser } from '../../src/browser/berichts-browser.js';
import { CliFehler } from '../../src/fehler.js';
import { druckeBericht, type PdfMetadaten } from '../../src/pdf/drucke-bericht.js';
import { liesGliederung } from '../../src/pdf/lies-gliederung.js';
import { entferneTrennzeichen } from '../../src/silbentrennung/entferne-trennzeichen.js';
import { baueBerichtHtml, KAPITEL } from './bericht-fixture.js';
import { poppler, seitenText } from './poppler.js';

const browser = new BerichtsBrowser();
afterAll(() => browser.dispose());

const META: PdfMetadaten = {
  titel: 'Jahresbericht 2019 – Industrielle Produktion',
  autor: 'Clustermanagement Optik und Photonik',
  thema: 'Ergebnis- und Wirkungsmonitoring 2019',
  sprache: 'de-DE',
  datum: '2020-07-15',
  schluesselwoerter: ['EWM', 'Jahresbericht'],
};
const OHNE_EPOCHE = { PATH: process.env['PATH'] };

const ergebnis = druckeBericht(browser, (seiten) => baueBerichtHtml(seiten), META, { env: OHNE_EPOCHE });

describe('druckeBericht', () => {
  it('fills the table of contents with the real pages of the headings', async () => {
    const { pdf, ueberschriften, seiten } = await ergebnis;
    expect(seiten).toBe(Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdf))?.[1]));
    const inhalt = entferneTrennzeichen(seitenText(pdf, 2));
    for (const { titel } of KAPITEL) {
      const seite = ueberschriften.get(titel);
      expect(seite, titel).toBeGreaterThan(2);
      // the heading really starts on that page …
      expect(entferneTrennzeichen(seitenText(pdf, seite ?? 0)).replace(/\s+/g, ' ')).toContain(titel);
      // … and the TOC line shows that number
      const zeile = inhalt.split('\n').find((z) => z.includes(titel)) ?? '';
      expect(zeile.trim(), titel).toMatch(new RegExp(`${titel.replace(/\./g, '\\.')}\\s+${seite}$`));
    }
    // Chromium drops the space where the cover heading wraps; the lookup ignores whitespace
    expect([...ueberschriften.keys()]).toEqual(['Jahresbericht 2019 zum Ergebnis- undWirkungsmonitoring', 'Inhalt', ...KAPITEL.map((k) => k.titel)]);
    expect(ueberschriften.get('Jahresbericht 2019 zum Ergebnis- und Wirkungsmonitoring')).toBe(1);
    expect(ueberschriften.get('Inhalt')).toBe(2);
    // the long chapter 3.1 spans pages, so the numbers are not just consecutive
    expect(ueberschriften.get('3.2 Sonstige Aktivitäten')! - ueberschriften.get('3.1 Aktivitäten zur Initiierung und Begleitung von Projekten')!).toBeGreaterThan(1);
  });

  it('prints the page number in the footer of every page except the cover', async () => {
    const { pdf, seiten } = await ergebnis;
    const letzteZeile = (n: number): string => seitenText(pdf, n).trim().split('\n').at(-1)?.trim() ?? '';
    expect(letzteZeile(1)).toBe('Industrielle Produktion Berlin');
    for (let n = 2; n <= seiten; n++) expect(letzteZeile(n)).toBe(String(n));
  });

  it('embeds only Source Sans 3 fonts', async () => {
    const { pdf } = await ergebnis;
    const zeilen = poppler('pdffonts', pdf).trim().split('\n').slice(2);
    expect(zeilen.length).toBeGreaterThanOrEqual(4); // regular, semibold, bold, italic
    for (const zeile of zeilen) expect(zeile).toMatch(/^[A-Z]{6}\+SourceSans3\S*\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(poppler('pdffonts', pdf)).not.toMatch(/DejaVu/);
  });

  it('writes metadata, fixed dates, /Lang de-DE, an /ID and keeps the tags', async () => {
    const { pdf } = await ergebnis;
    const info = poppler('pdfinfo', pdf, ['-isodates']);
    expect(info).toContain('Title:           Jahresbericht 2019 – Industrielle Produktion\n');
    expect(info).toContain('Subject:         Ergebnis- und Wirkungsmonitoring 2019\n');
    expect(info).toContain('Keywords:        EWM, Jahresbericht\n');
    expect(info).toContain('Author:          Clustermanagement Optik und Photonik\n');
    expect(info).toContain('Creator:         ewm-report\n');
    expect(info).toContain('Producer:        ewm-report\n');
    expect(info).toContain('CreationDate:    2020-07-15T00:00:00Z\n');
    expect(info).toContain('ModDate:         2020-07-15T00:00:00Z\n');
    expect(info).toContain('Tagged:          yes\n');
    expect(info).toContain('Suspects:        no\n');
    const roh = Buffer.from(pdf).toString('latin1');
    expect(roh).toContain('/Lang (de-DE)');
    expect(roh).toMatch(/\/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]/);
    expect(roh).toContain('/StructTreeRoot');
    // poppler reads the rewritten xref without reconstructing it
    expect(poppler('pdftotext', pdf)).toContain('Methodische Hinweise');
  });

  it('keeps the outline with all headings after post-processing', async () => {
    const { pdf, ueberschriften } = await ergebnis;
    expect(liesGliederung(pdf).seiten).toEqual(ueberschriften);
  });

  it('reads the same heading pages as pdfjs does from the printed outline', async () => {
    const { pdf, ueberschriften } = await ergebnis;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const dokument = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    type Eintrag = { title: string; dest: unknown[]; items: Eintrag[] };
    const paare: [string, number][] = [];
    const sammle = async (eintraege: Eintrag[]): Promise<void> => {
      for (const e of eintraege) {
        const index = await dokument.getPageIndex(e.dest[0] as Parameters<typeof dokument.getPageIndex>[0]);
        paare.push([e.title.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim(), index + 1]);
        await sammle(e.items);
      }
    };
    await sammle((await dokument.getOutline()) as Eintrag[]);
    expect([...ueberschriften]).toEqual(paare.filter(([t], i) => paare.findIndex(([u]) => u === t) === i));
  });

  it('prints byte-identical PDFs for the same input', async () => {
    const zweiter = await druckeBericht(browser, (seiten) => baueBerichtHtml(seiten), META, { env: OHNE_EPOCHE });
    const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
    expect(sha(zweiter.pdf)).toBe(sha((await ergebnis).pdf));
  });

  it('prints once when the predicted pages hold, the same bytes as two passes without a prediction', async () => {
    const erster = await ergebnis;
    expect(erster.durchlaeufe).toBe(1);
    const ohneVorhersage = await druckeBericht(browser, (seiten) => baueBerichtHtml(seiten, 0, false), META, { env: OHNE_EPOCHE });
    expect(ohneVorhersage.durchlaeufe).toBe(2);
    expect(Buffer.from(ohneVorhersage.pdf).equals(Buffer.from(erster.pdf))).toBe(true);
  });

  it('hands the predicted pages to the caller while Chromium prints, and builds that HTML meanwhile', async () => {
    const gebaut: string[] = [];
    let vorhersage: Map<string, number> | undefined;
    const ergebnis2 = await druckeBericht(
      browser,
      (seiten) => {
        gebaut.push(JSON.stringify([...seiten]));
        return baueBerichtHtml(seiten);
      },
      META,
      { env: OHNE_EPOCHE, waehrendDruck: (v) => (vorhersage = v) },
    );
    expect(ergebnis2.durchlaeufe).toBe(1);
    expect([...(vorhersage ?? [])]).toEqual([...ergebnis2.ueberschriften].map(([t, s]) => [t.replace('undWirkungsmonitoring', 'und Wirkungsmonitoring'), s]));
    // the first HTML, then the one with the predicted pages (built during the print), then the outline's check
    expect(gebaut).toHaveLength(3);
    expect(gebaut[1]).toBe(JSON.stringify([...(vorhersage ?? [])]));
  });

  it('takes the dates from SOURCE_DATE_EPOCH when set', async () => {
    const { pdf } = await druckeBericht(browser, () => '<!doctype html><html lang="de-DE"><body><h1>Kurz</h1></body></html>', META, {
      env: { SOURCE_DATE_EPOCH: '1594814400' },
    });
    expect(poppler('pdfinfo', pdf, ['-isodates'])).toContain('CreationDate:    2020-07-15T12:00:00Z\n');
  });

  it('prints a third time when the numbers moved the headings', async () => {
    // the first filled-in TOC adds a page, so pass 2 moves every chapter; pass 3 confirms
    const { pdf, ueberschriften, durchlaeufe } = await druckeBericht(browser, (seiten) => baueBerichtHtml(seiten, seiten.size > 0 ? 1 : 0), META, { env: OHNE_EPOCHE });
    const vorher = (await ergebnis).ueberschriften;
    expect(durchlaeufe).toBe(3);
    expect(ueberschriften.get('2 Methodische Hinweise')).toBe(vorher.get('2 Methodische Hinweise')! + 1);
    const inhalt = entferneTrennzeichen(seitenText(pdf, 2));
    expect(inhalt).toMatch(new RegExp(`2 Methodische Hinweise\\s+${ueberschriften.get('2 Methodische Hinweise')}\\n`));
  });

  it('fails when the page numbers never settle', async () => {
    const fehler = await druckeBericht(browser, (seiten) => baueBerichtHtml(seiten, seiten.get('2 Methodische Hinweise') ?? 0), META, { env: OHNE_EPOCHE }).catch(
      (f: unknown) => f,
    );
    expect(fehler).toBeInstanceOf(CliFehler);
    expect((fehler as CliFehler).exitCode).toBe(1);
    expect((fehler as CliFehler).message).toMatch(/^Die Seitenzahlen des Inhaltsverzeichnisses stabilisieren sich nicht \(3 Druckdurchläufe\): „2 Methodische Hinweise“ S\. \d+ → \d+/);
  });
});
