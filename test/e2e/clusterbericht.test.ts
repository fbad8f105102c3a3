// End-to-end: the clusterbericht of the sample management Sondermaschinen- und Anlagenbau, produced by the built CLI
// and read from outside (pdftotext, pdffonts, pdfinfo, outline): every golden figure and list entry in the text,
// true contents page numbers, fonts, metadata, byte-identical second run, and one more event changing the totals.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { einzeilig, pdfText, poppler, pruefsummen, starteCli, type Lauf } from '../hilfen/werkzeuge.js';

const DATEN = fileURLToPath(new URL('../../data', import.meta.url));
const SMAB = 'sondermaschinen-anlagenbau';
const KAPITEL = [
  '1 Vorbemerkung', '2 Rahmenbedingungen und Ergebnisse im Geschäftsjahr 2015', '2.1 Innovationsstrategie und Leitmarkt',
  '2.2 Netzwerkentwicklungen aus dem Cluster', '2.3 Rahmenbedingungen für industrielle Forschung in Unternehmen', '2.4 Schutzrechte',
  '2.5 Elektronischer Geschäftsverkehr, Industrie 4.0', '3 Managementsysteme', '3.1 Qualitätsmanagementsystem',
  '3.2 Energieaudit nach §§ 8 ff. Energiedienstleistungsgesetz', '4 Investitionen', '5 Tagungen, Workshops, Messen', '6 Existenzgründungen',
  '7 Der Cluster im nationalen und internationalen Vergleich', '8 Internetportal des Clusters', '9 Ausblick 2016',
];

let basis: string;
let ordner: string;
let pdf: string;
let text: string;
let lauf: Lauf;
let zweiterLauf: Lauf;

/** Text without soft hyphens and with plain spaces, on one line. */
const lesbar = (t: string): string => einzeilig(t.replace(/\u00ad/g, '').replace(/\u00a0/g, ' '));

beforeAll(async () => {
  basis = await mkdtemp(path.join(os.tmpdir(), 'cb-e2e-'));
  lauf = await starteCli(['2015', '--cluster', SMAB, '--ausgabe', path.join(basis, 'a')]);
  zweiterLauf = await starteCli(['2015', '--cluster', SMAB, '--ausgabe', path.join(basis, 'b')]);
  ordner = path.join(basis, 'a', '2015', SMAB);
  pdf = path.join(ordner, 'bericht.pdf');
  text = lesbar(pdfText(pdf));
}, 180_000);
afterAll(async () => { await rm(basis, { recursive: true, force: true }); });

describe('the clusterbericht 2015 Sondermaschinen- und Anlagenbau', () => {
  it('is written with exit code 0; two runs give byte-identical files', async () => {
    expect(lauf.code, lauf.stderr).toBe(0);
    expect(zweiterLauf.code).toBe(0);
    const a = await pruefsummen(ordner);
    expect(Object.keys(a).sort()).toEqual(['bericht.html', 'bericht.pdf', 'kennzahlen.csv', 'kennzahlen.json', 'manifest.json', 'nachweis.csv', 'nachweis.json']);
    expect(await pruefsummen(path.join(basis, 'b', '2015', SMAB))).toEqual(a);
    expect(JSON.parse(await readFile(path.join(ordner, 'kennzahlen.json'), 'utf8')).schema).toBe('ewm-report/clusterbericht@1');
  });

  it('shows the cover, the contents and every chapter in order', () => {
    for (const t of ['Jahresbericht 2015', 'CLUSTER SONDERMASCHINEN- UND ANLAGENBAU', 'Bearbeiter: Dr.-Ing. Günter Ihlow, Dr.-Ing. Michael Klaeger',
      'Träger des Clustermanagements:', 'tti Technologietransfer und Innovationsförderung Magdeburg GmbH', 'Bruno-Wille-Str. 9', '39108 Magdeburg',
      'Internet: www.cluster-smab.de', 'Inhalt']) expect(text).toContain(t);
    const positionen = KAPITEL.map((k) => text.lastIndexOf(k));
    expect(positionen.every((p) => p > 0)).toBe(true);
    expect([...positionen].sort((a, b) => a - b)).toEqual(positionen);
  });

  it('prints every golden figure, computed (603 Mio., not 604)', () => {
    for (const satz of [
      '126 Mitgliedsunternehmen',
      'im Bereich Metallbe- und -verarbeitung/Maschinenbau 487 Unternehmen tätig, im Bereich Reparatur und Instandsetzung von Maschinen und Ausrüstungen 138, im Bereich Sonstiger Fahrzeugbau 17 und im Bereich Herstellung von Kraftwagen und Kraftwagenteilen 29',
      '51.639 Beschäftigte einen Umsatz von ca. 9,841 Mrd. €, davon ca. 35 % im Export; das sind ca. 190.575 € Umsatz je Beschäftigten',
      '3.470 Beschäftigte einen Umsatz von ca. 603 Mio. €, davon ca. 24 % im Export; das sind ca. 173.787 € Umsatz je Beschäftigten',
      'Kapazität von 2,0 Mannjahren', 'ca. 200.000 €',
      '3 Netzwerke', 'drei im Jahr 2015 betreute Ansätze für neue Netzwerke', '10 komplexe Forschungsaufgaben', 'Volumen von ca. 4,1 Mio. €',
      '29 Fördervorhaben zu Schutzrechten bearbeitet, davon 8 mit Schutzrechtsanmeldung',
      'in 65 Unternehmen betriebliche IT-Lösungen analysiert und 23 Veranstaltungen für Unternehmen mit zusammen 1.307 Teilnehmenden durchgeführt',
      'wurden 7 Unternehmen', 'Für 9 Unternehmen führte das Clustermanagement im Jahr 2015 je ein Energieaudit durch',
      '3 Investitionsvorhaben der Branche mit zusammen 700.000 €, davon 2 mit GRW-Zuschuss und 1 mit Bankfinanzierung',
      '5 Firmengründungen begleitet, davon 4 GmbH und 1 UG',
    ]) expect(text, satz).toContain(satz);
    expect(text).not.toContain('604 Mio');
  });

  it('lists every investment, start-up and highlighted event of the golden file', async () => {
    const golden = JSON.parse(await readFile(fileURLToPath(new URL('../clusterbericht/golden/sondermaschinen-anlagenbau-2015.json', import.meta.url)), 'utf8')) as {
      listen: { investitionen: [string, string, number, string][]; gruendungen: [string, string][]; veranstaltungen_mit_datum: [string, string, number][] };
    };
    const zeilen = lesbar(pdfText(pdf, undefined, true));
    const euro = (n: number): string => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} €`;
    for (const [ort, firma, volumen, finanzierung] of golden.listen.investitionen) expect(zeilen).toMatch(new RegExp(`${firma}\\s+${ort}\\s+${euro(volumen)}\\s+${finanzierung}`));
    golden.listen.gruendungen.forEach(([ort, rechtsform], i) => expect(zeilen).toMatch(new RegExp(`${i + 1}\\. Gründungsort: ${ort} Geschäftszweck: [^:]+ Rechtsform: ${rechtsform}`)));
    for (const [datum, titel, teilnehmende] of golden.listen.veranstaltungen_mit_datum) {
      expect(text).toContain(datum);
      expect(text).toContain(titel);
      expect(zeilen).toMatch(new RegExp(`${datum}\\s+${titel.slice(0, 20).replace(/[.,]/g, '.')}.*\\s${teilnehmende}(\\s|$)`));
    }
  });

  it('has a table of contents whose page numbers are the pages the headings are on', () => {
    const eintraege = pdfText(pdf, 2, true).replace(/\u00ad/g, '').split('\n')
      .map((z) => /^\s*(\d(?:\.\d)?)\s+(.+?)[\s_.]+(\d+)\s*$/.exec(z)).filter((t): t is RegExpExecArray => t !== null);
    expect(eintraege.map((e) => `${e[1]} ${e[2]?.trim()}`)).toEqual(KAPITEL);
    const seiten = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdf))?.[1]);
    for (const [, nummer, titel, seite] of eintraege) {
      const ueberschrift = `${nummer} ${titel?.trim()}`;
      const gefunden: number[] = [];
      for (let s = 3; s <= seiten; s++) if (pdfText(pdf, s).split('\n').some((z) => lesbar(z) === ueberschrift)) gefunden.push(s);
      expect(gefunden, ueberschrift).toEqual([Number(seite)]);
    }
  });

  it('embeds only Source Sans 3, is tagged, has metadata and an outline', async () => {
    for (const zeile of poppler('pdffonts', pdf).trim().split('\n').slice(2)) expect(zeile).toMatch(/^[A-Z]{6}\+SourceSans3.* yes yes yes /);
    const info = poppler('pdfinfo', pdf);
    expect(info).toMatch(/^Title:\s+Jahresbericht 2015 – Cluster Sondermaschinen- und Anlagenbau$/m);
    expect(info).toMatch(/^Author:\s+tti Technologietransfer und Innovationsförderung Magdeburg GmbH$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect((await readFile(pdf)).toString('latin1')).toContain('/Lang (de-DE)');
    // German hyphenation: soft hyphens in the PDF text only where a line really breaks (search and copy see whole words).
    const layout = poppler('pdftotext', '-layout', pdf, '-');
    expect(layout.match(/\u00ad[-\u2010]?\n/g)?.length ?? 0).toBeGreaterThan(5);
    expect(layout.replace(/\u00ad[-\u2010]?\n/g, '')).not.toContain('\u00ad');
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const dokument = await pdfjs.getDocument({ data: new Uint8Array(await readFile(pdf)), verbosity: 0 }).promise;
    type Eintrag = { title: string; items: Eintrag[] };
    const flach = (e: Eintrag[]): string[] => e.flatMap((x) => [x.title.trim(), ...flach(x.items)]);
    const titel = flach((await dokument.getOutline()) as Eintrag[]).map((t) => t.replace(/\u00ad/g, ''));
    for (const k of KAPITEL) expect(titel.filter((t) => t === k), k).toHaveLength(1);
  });

  it('one more event in the sample changes the printed totals', async () => {
    const kopie = path.join(basis, 'daten');
    await cp(DATEN, kopie, { recursive: true });
    const datei = path.join(kopie, 'clusterbericht', 'veranstaltungen.csv');
    await writeFile(datei, `${await readFile(datei, 'utf8')}Sondermaschinen- und Anlagenbau;Zusätzlicher Workshop;02.12.2015;;Workshop;Veranstalter;40;Magdeburg;nein\r\n`);
    const neu = await starteCli(['2015', '--cluster', SMAB, '--daten', kopie, '--ausgabe', path.join(basis, 'c')]);
    expect(neu.code, neu.stderr).toBe(0);
    const t = lesbar(pdfText(path.join(basis, 'c', '2015', SMAB, 'bericht.pdf')));
    expect(t).toContain('24 Veranstaltungen für Unternehmen mit zusammen 1.347 Teilnehmenden durchgeführt (20 als Veranstalter, 4 als Mitveranstalter)');
    expect(t).toContain('an 28 Veranstaltungen beteiligt: 20 als Veranstalter');
    expect(t).toContain('6 Workshops');
    expect(t).not.toContain('1.307 Teilnehmenden');
  }, 120_000);
});

describe('ewm-report 2015 --alle --format json', () => {
  it('writes the report of every management with data in 2015 and names the skipped EWM managements', async () => {
    const ausgabe = await mkdtemp(path.join(os.tmpdir(), 'cb-alle-'));
    try {
      const alle = await starteCli(['2015', '--alle', '--format', 'json', '--ausgabe', ausgabe]);
      expect(alle.code, alle.stderr).toBe(0);
      expect(await schema(ausgabe, SMAB)).toBe('ewm-report/clusterbericht@1');
      expect(alle.stderr).toMatch(/^sondermaschinen-anlagenbau\s+–\s+\d+\s+[\d,]+\s+ok$/m);
      expect(alle.stderr).toMatch(/Übersprungen \(im Berichtsjahr 2015 und in seinen Vergleichsjahren kein einziges Vorhaben[^\n]*industrielle-produktion/);
    } finally {
      await rm(ausgabe, { recursive: true, force: true });
    }
  }, 120_000);

  it('with --leer writes the reports of both formats in one run, each with its own schema', async () => {
    const ausgabe = await mkdtemp(path.join(os.tmpdir(), 'cb-alle-'));
    try {
      const alle = await starteCli(['2015', '--alle', '--leer', '--format', 'json', '--ausgabe', ausgabe]);
      expect(alle.code, alle.stderr).toBe(0);
      expect(await schema(ausgabe, SMAB)).toBe('ewm-report/clusterbericht@1');
      expect(await schema(ausgabe, 'industrielle-produktion')).toBe('ewm-report/kennzahlen@1');
    } finally {
      await rm(ausgabe, { recursive: true, force: true });
    }
  }, 120_000);
});

async function schema(ausgabe: string, cluster: string): Promise<string> {
  return (JSON.parse(await readFile(path.join(ausgabe, '2015', cluster, 'kennzahlen.json'), 'utf8')) as { schema: string }).schema;
}
