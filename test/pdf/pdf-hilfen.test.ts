import { describe, expect, it } from 'vitest';
import { CliFehler, EXIT } from '../../src/fehler.js';
import { normalisiereUeberschrift } from '../../src/pdf/normalisiere-ueberschrift.js';
import { pdfDatum } from '../../src/pdf/pdf-datum.js';
import { seitenCss } from '../../src/pdf/seiten-css.js';
import { SeitenZuordnung } from '../../src/pdf/seiten-zuordnung.js';
import { setzeMetadaten, type PdfInfo } from '../../src/pdf/setze-metadaten.js';

/** A minimal PDF laid out like Skia's: Info first, classic xref, trailer without /ID. */
function kleinesPdf(): Uint8Array {
  const objekte = [
    '1 0 obj\n<</Title (alt)\n/CreationDate (D:20261121190804+00\'00\')>>\nendobj\n',
    '2 0 obj\n<</Type /Pages /Kids [] /Count 0>>\nendobj\n',
    '3 0 obj\n<</Type /Catalog\n/Pages 2 0 R\n/MarkInfo <</Type /MarkInfo\n/Marked true>>\n/Lang (de)>>\nendobj\n',
  ];
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const o of objekte) {
    offsets.push(text.length);
    text += o;
  }
  const xref = text.length;
  text += `xref\n0 4\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<</Size 4\n/Root 3 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

const INFO: PdfInfo = { titel: 'Bericht (Ä)', autor: 'Ö', thema: 'Ü', schluesselwoerter: ['a', 'b'], sprache: 'de-DE', pdfDatum: 'D:20200715000000Z' };

describe('setzeMetadaten', () => {
  it('rewrites Info and /Lang, adds an /ID and keeps every xref offset pointing at its object', () => {
    const text = Buffer.from(setzeMetadaten(kleinesPdf(), INFO)).toString('latin1');
    expect(text).toContain('1 0 obj\n<</Title <FEFF00420065007200690063006800740020002800C40029>\n/Author <FEFF00D6>\n/Subject <FEFF00DC>\n');
    expect(text).toContain('/Keywords <FEFF0061002C00200062>\n/Creator <FEFF00650077006D002D007200650070006F00720074>\n');
    expect(text).toContain("/CreationDate (D:20200715000000Z)\n/ModDate (D:20200715000000Z)>>\nendobj\n2 0 obj");
    expect(text).toContain('/Marked true>>\n/Lang (de-DE)>>\nendobj');
    const startxref = Number(/startxref\n(\d+)\n%%EOF$/.exec(text)?.[1]);
    expect(text.startsWith('xref\n0 4\n', startxref)).toBe(true);
    const eintraege = text.slice(startxref).split('\n').slice(3, 6).map((z) => Number(z.slice(0, 10)));
    eintraege.forEach((offset, i) => expect(text.startsWith(`${i + 1} 0 obj`, offset)).toBe(true));
    expect(text).toMatch(/trailer\n<<\/Size 4\n\/Root 3 0 R\n\/Info 1 0 R\n\/ID \[<([0-9A-F]{32})> <\1>\]>>\nstartxref/);
  });

  it('derives the /ID from the content: same input same ID, other metadata other ID', () => {
    const id = (info: PdfInfo): string => /\/ID \[<(\w+)>/.exec(Buffer.from(setzeMetadaten(kleinesPdf(), info)).toString('latin1'))?.[1] ?? '';
    expect(id(INFO)).toBe(id(INFO));
    expect(id({ ...INFO, titel: 'anders' })).not.toBe(id(INFO));
  });

  it('adds /Lang when the catalog has none', () => {
    const ohne = Buffer.from(Buffer.from(kleinesPdf()).toString('latin1').replace('\n/Lang (de)>>', `>>${' '.repeat(11)}`), 'latin1');
    expect(ohne.length).toBe(kleinesPdf().length); // same length keeps the xref valid
    expect(Buffer.from(setzeMetadaten(ohne, INFO)).toString('latin1')).toContain('/Marked true>>\n/Lang (de-DE)>>\nendobj');
  });

  it('refuses files it does not understand with an internal error', () => {
    const inkrementell = Buffer.from(Buffer.from(kleinesPdf()).toString('latin1').replace('/Info 1 0 R>>', '/Info 1 0 R /Prev 9>>'), 'latin1');
    expect(() => setzeMetadaten(inkrementell, INFO)).toThrow(
      new CliFehler('Unerwarteter PDF-Aufbau von Chromium (inkrementelle Aktualisierung oder Verschlüsselung); Metadaten können nicht gesetzt werden.', {
        exitCode: EXIT.intern,
      }),
    );
    expect(() => setzeMetadaten(new Uint8Array(Buffer.from('%PDF-1.7\nkaputt')), INFO)).toThrow(/kein klassischer Trailer/);
    expect(() => setzeMetadaten(kleinesPdf(), { ...INFO, sprache: 'de DE' })).toThrow('Ungültige Sprachangabe für das PDF: "de DE".');
  });
});

describe('pdfDatum', () => {
  it('uses midnight UTC of the publication date', () => {
    expect(pdfDatum('2020-07-15', {})).toBe('D:20200715000000Z');
  });
  it('prefers SOURCE_DATE_EPOCH', () => {
    expect(pdfDatum('2020-07-15', { SOURCE_DATE_EPOCH: '1594814400' })).toBe('D:20200715120000Z');
  });
  it('rejects impossible dates and a malformed epoch', () => {
    expect(() => pdfDatum('2020-02-30', {})).toThrow('Ungültiges Datum für die PDF-Metadaten: "2020-02-30" (erwartet JJJJ-MM-TT).');
    expect(() => pdfDatum('15.07.2020', {})).toThrow(CliFehler);
    expect(() => pdfDatum('2020-07-15', { SOURCE_DATE_EPOCH: 'gestern' })).toThrow('SOURCE_DATE_EPOCH muss eine ganze Zahl von Sekunden sein, nicht "gestern".');
  });
});

describe('heading keys', () => {
  it('normalises soft hyphens and whitespace', () => {
    expect(normalisiereUeberschrift('  3.1 Aktivi\u00adtäten\n zur   Initiierung ')).toBe('3.1 Aktivitäten zur Initiierung');
  });
  it('looks headings up ignoring whitespace, as Chromium drops spaces at wraps', () => {
    const zuordnung = new SeitenZuordnung().set('Ergebnis- undWirkungsmonitoring', 3);
    expect(zuordnung.get('Ergebnis- und Wirkungsmonitoring')).toBe(3);
    expect(zuordnung.has('Ergebnis- und\u00adWirkungsmonitoring')).toBe(true);
    expect(zuordnung.get('Ergebnis und Wirkungsmonitoring')).toBeUndefined();
    zuordnung.delete('Ergebnis- undWirkungsmonitoring');
    expect(zuordnung.get('Ergebnis- und Wirkungsmonitoring')).toBeUndefined();
  });
});

describe('seitenCss', () => {
  it('puts the plain page number in the footer and none on the cover', () => {
    const css = seitenCss();
    expect(css).toContain("@bottom-center{content:counter(page);font-family:'Source Sans 3'");
    expect(css).toContain('@page:first{@bottom-center{content:none}}');
    expect(seitenCss({ mitGesamtzahl: true })).toContain('content:"Seite " counter(page) " von " counter(pages)');
  });
});
