// End-to-end: the sample report produced by the built CLI, read from outside as a reader sees it
// (pdftotext, pdffonts, pdfinfo, the PDF outline), and produced twice to prove byte-identical output.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { einzeilig, pdfText, poppler, pruefsummen, starteCli, type Lauf } from '../hilfen/werkzeuge.js';

/** The numbered chapter headings of the 2019 EWM report, in order. */
const KAPITEL = [
  '1 Das Teilthema Industrielle Produktion im Überblick',
  '2 Methodische Hinweise',
  '3 Entwicklungen im Jahr 2019',
  '3.1 Aktivitäten zur Initiierung und Begleitung von Projekten',
  '3.2 Sonstige Aktivitäten',
  '3.3 Beteiligte Akteursgruppen',
  '3.4 Fazit und Ausblick',
  '3.5 Erfolgsbeispiele',
];

let basis: string;
let ordner: string;
let pdf: string;
let text: string;
let lauf: Lauf;
let zweiterLauf: Lauf;

beforeAll(async () => {
  basis = await mkdtemp(path.join(os.tmpdir(), 'ewm-e2e-'));
  lauf = await starteCli(['2019', '--cluster', 'industrielle-produktion', '--ausgabe', path.join(basis, 'a')]);
  zweiterLauf = await starteCli(['2019', '--cluster', 'industrielle-produktion', '--ausgabe', path.join(basis, 'b')]);
  ordner = path.join(basis, 'a', '2019', 'industrielle-produktion');
  pdf = path.join(ordner, 'bericht.pdf');
  text = einzeilig(pdfText(pdf));
}, 120_000);

afterAll(async () => {
  await rm(basis, { recursive: true, force: true });
});

describe('the sample report 2019 Industrielle Produktion', () => {
  it('is written with exit code 0 and a German note', () => {
    expect(lauf.code, lauf.stderr).toBe(0);
    expect(lauf.stderr).toMatch(/^Bericht geschrieben: .*2019\/industrielle-produktion \(\d+ Seiten\): 22 Dateien\.$/m);
  });

  it('two runs give byte-identical files (PDF, HTML, SVGs, specs, kennzahlen.json, manifest.json)', async () => {
    expect(zweiterLauf.code).toBe(0);
    const a = await pruefsummen(ordner);
    const b = await pruefsummen(path.join(basis, 'b', '2019', 'industrielle-produktion'));
    expect(Object.keys(a).sort()).toEqual(
      [
        'bericht.html',
        'bericht.pdf',
        'kennzahlen.csv',
        'kennzahlen.json',
        'nachweis.csv',
        'nachweis.json',
        'manifest.json',
        ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap((n) => [`abbildungen/abbildung-${n}.svg`, `abbildungen/abbildung-${n}.vl.json`]),
      ].sort(),
    );
    expect(b).toEqual(a);
  });

  it('shows every chapter title', () => {
    for (const titel of [
      'Jahresbericht 2019 zum Ergebnis- und Wirkungsmonitoring',
      'Industrielle Produktion Berlin',
      '15.07.2020',
      'Inhalt',
      ...KAPITEL,
    ]) {
      expect(text).toContain(titel);
    }
  });

  it('shows every caption', () => {
    for (const titel of [
      'Abbildung 1: Anzahl laufender Projekte im Berichtszeitraum 2019, davon neu initiierte Projekte nach Status sowie Anzahl neu initiierter Projekte im Jahresvergleich 2017–2019',
      'Abbildung 2: Projekt- und Fördervolumina der neu initiierten Projekte im Jahresvergleich 2017–2019',
      'Abbildung 3: Anzahl, Konsortialstruktur und Fördergeber neu initiierter FuEuI-Projekte im Berichtszeitraum 2019',
      'Abbildung 4: Anzahl neu initiierter Projekte nach Handlungsfeldern im Jahresvergleich 2017–2019',
      'Abbildung 5: Anzahl neu initiierter Projekte und davon Cross Cluster-Projekte im Jahresvergleich 2017–2019',
      'Tabelle 1: Anzahl Beteiligungen anderer Cluster und Teilthemen an den neu initiierten Cross Cluster-Projekten im Jahresvergleich 2017–2019',
      'Abbildung 6: Anzahl neu initiierter Sonstiger Aktivitäten und davon Cross Cluster-Sonstige Aktivitäten im Jahresvergleich 2018–2019',
      'Tabelle 2: Anzahl Beteiligungen anderer Cluster und Teilthemen an den neu initiierten Cross Cluster-Sonstigen Aktivitäten im Jahresvergleich 2018–2019',
      'Abbildung 7: Anzahl neu initiierter Sonstiger Aktivitäten nach Handlungsfeldern im Jahresvergleich 2018–2019',
      'Abbildung 8: Anzahl der an den neu initiierten Projekten und Sonstigen Aktivitäten beteiligten Akteure nach Herkunft im Jahresvergleich 2018–2019',
      'Tabelle 3: Anzahl beteiligter Akteure an den neu initiierten Projekten und Sonstigen Aktivitäten nach Akteurstypen',
    ]) {
      expect(text).toContain(titel);
    }
  });

  it('shows each row of Tabellen 1–3 with the published values (en dash for zero)', () => {
    const zeilen = einzeilig(pdfText(pdf, undefined, true));
    for (const zeile of [
      // Tabelle 1: 2017, 2018, 2019
      'Energietechnik – – 4',
      'Gesundheitswirtschaft – – 2',
      'IKT, Medien und Kreativwirtschaft – – 1',
      'Optik und Photonik – – 4',
      'Smart Cities – – 1',
      'Verkehr, Mobilität und Logistik – 1 1',
      'Summe – 1 13',
      // Tabelle 2: 2018, 2019
      'Clean Technologies – 1',
      'Energietechnik – 1',
      'Gesundheitswirtschaft 2 2',
      'IKT, Medien und Kreativwirtschaft 3 5',
      'Optik und Photonik 3 4',
      'Verkehr, Mobilität und Logistik 2 –',
      'Summe 10 13',
      // Tabelle 3: gesamt 2018, 2019, davon Projekte 2018, 2019
      'Hochschule/Forschungsinstitut 7 34 2 20',
      'Unternehmen 37 68 1 17',
      'davon mit 1 bis 9 Beschäftigten – 8 – 4',
      'davon mit 10 bis 49 Beschäftigten 5 19 – 7',
      'davon mit 50 bis 249 Beschäftigten 8 12 – –',
      'davon mit 250 und mehr Beschäftigten 24 29 1 6',
      'Verein 2 4 – 1',
      'Netzwerk – 2 – –',
      'Landkreis/Kommune – 2 – –',
      'Summe 46 110 3 38',
    ]) {
      expect(zeilen).toContain(zeile);
    }
  });

  it('computes the sentences from the Kennzahlen (no typed numbers, none of the seed contradictions)', () => {
    for (const satz of [
      'insgesamt 16 Projekte begleitet, von denen 15 Projekte im Jahresverlauf neu initiiert worden waren (vgl. Abbildung 1)',
      'im Vergleich zum Vorjahr verdreifacht',
      'Projekte mit einem Volumen von insgesamt 69,2 Millionen Euro neu initiiert',
      'von 75 Prozent im Vorjahr auf 67 Prozent',
      '11 Forschungs-, Entwicklungs- und Innovationsprojekte',
      '(6 von 11 FuEuI-Projekten)',
      'waren 9 Cross Cluster-Projekte (vgl. Abbildung 5)',
      '(von 20 % auf 60 %)',
      'insgesamt 13 Sonstige Aktivitäten neu initiiert',
      'Rückgang um 3 neu initiierte Sonstige Aktivitäten bzw. um 19 Prozent',
      '+ 31 Akteure',
    ]) {
      expect(text).toContain(satz);
    }
    expect(text).not.toContain('+ 34 Akteure');
    expect(text).not.toContain('5 der 10');
  });

  it('has a table of contents whose page numbers are the pages the headings are on', () => {
    const eintraege = pdfText(pdf, 3, true)
      .split('\n')
      .map((z) => /^\s*(\d(?:\.\d)?)\s+(.+?)[\s_.]+(\d+)\s*$/.exec(z))
      .filter((t): t is RegExpExecArray => t !== null);
    expect(eintraege.map((e) => e[1])).toEqual(['1', '2', '3', '3.1', '3.2', '3.3', '3.4', '3.5']);
    const seiten = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdf))?.[1]);
    for (const [, nummer, titel, seite] of eintraege) {
      const ueberschrift = `${nummer} ${titel?.trim()}`;
      const gefunden: number[] = [];
      for (let s = 4; s <= seiten; s++) {
        if (pdfText(pdf, s).split('\n').some((z) => einzeilig(z) === ueberschrift)) gefunden.push(s);
      }
      expect(gefunden, ueberschrift).toEqual([Number(seite)]);
    }
  });

  it('embeds only Source Sans 3 from the npm package (no machine fonts)', () => {
    const zeilen = poppler('pdffonts', pdf).trim().split('\n').slice(2);
    expect(zeilen.length).toBeGreaterThan(0);
    for (const zeile of zeilen) {
      expect(zeile).toMatch(/^[A-Z]{6}\+SourceSans3/);
      expect(zeile).toMatch(/ yes yes yes /);
    }
  });

  it('has metadata, tagging, language and a footer without page number on the cover', async () => {
    const info = poppler('pdfinfo', pdf);
    expect(info).toMatch(/^Title:\s+Jahresbericht 2019 zum Ergebnis- und Wirkungsmonitoring – Industrielle Produktion Berlin$/m);
    expect(info).toMatch(/^Author:\s+Land Berlin$/m);
    expect(info).toMatch(/^Subject:\s+.*Industrielle Produktion.*2019$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^CreationDate:\s+Wed Jul 15 00:00:00 2020 UTC$/m);
    expect((await readFile(pdf)).toString('latin1')).toContain('/Lang (de-DE)');
    expect(pdfText(pdf, 1).trim().split('\n').at(-1)).not.toMatch(/^\d+$/);
    expect(pdfText(pdf, 4).trim().split('\n').at(-1)).toBe('4');
  });

  it('has an outline with the chapter entries, each once', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const dokument = await pdfjs.getDocument({ data: new Uint8Array(await readFile(pdf)), verbosity: 0 }).promise;
    type Eintrag = { title: string; items: Eintrag[] };
    const flach = (e: Eintrag[]): string[] => e.flatMap((x) => [x.title.trim(), ...flach(x.items)]);
    const titel = flach((await dokument.getOutline()) as Eintrag[]);
    for (const kapitel of KAPITEL) {
      expect(titel.filter((t) => t === kapitel), kapitel).toHaveLength(1);
    }
  });

  it('writes a self-contained HTML and SVG charts with a text alternative', async () => {
    const html = await readFile(path.join(ordner, 'bericht.html'), 'utf8');
    // Nothing is loaded from outside (links to web pages are not loaded; no <link> or src= leaves the file).
    expect(html).not.toMatch(/src="(https?:|file:|\/\/)|<link[^>]+href="(https?:|file:|\/\/)/);
    expect(html).toContain('<html lang="de');
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(8);
    const svg = await readFile(path.join(ordner, 'abbildungen', 'abbildung-1.svg'), 'utf8');
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<desc>[^<]*16[^<]*<\/desc>/);
  });
});
