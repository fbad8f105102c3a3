import { describe, expect, it } from 'vitest';
import { liesGliederung } from '../../src/pdf/lies-gliederung.js';
import { pdfTextString } from '../../src/pdf/pdf-text-string.js';

/** A PDF laid out like Skia's: two page-tree levels and a nested outline with literal and hex titles. */
function pdfMitGliederung(): Uint8Array {
  const objekte: Record<number, string> = {
    1: '<</Type /Catalog\n/Pages 2 0 R\n/Outlines 10 0 R>>',
    2: '<</Type /Pages\n/Count 3\n/Kids [3 0 R 4 0 R]>>',
    3: '<</Type /Pages\n/Count 2\n/Kids [6 0 R 5 0 R]\n/Parent 2 0 R>>',
    4: '<</Type /Pages\n/Count 1\n/Kids [7 0 R]\n/Parent 2 0 R>>',
    5: '<</Type /Page\n/Parent 3 0 R>>',
    6: '<</Type /Page\n/Parent 3 0 R>>',
    7: '<</Type /Page\n/Parent 4 0 R>>',
    10: '<</Type /Outlines\n/First 11 0 R\n/Last 12 0 R>>',
    11: '<</Title (Inhalt \\(kurz\\))\n/Dest [5 0 R /XYZ 58 778 0]\n/Parent 10 0 R\n/First 13 0 R\n/Next 12 0 R>>',
    12: '<</Title <FEFF0033002000C4006E0064006500720075006E00670065006E>\n/Dest [7 0 R /XYZ 58 778 0]\n/Parent 10 0 R>>',
    13: '<</Title (Unter\\nkapitel)\n/Dest [6 0 R /XYZ 58 500 0]\n/Parent 11 0 R\n/Next 14 0 R>>',
    14: '<</Title (Inhalt \\(kurz\\))\n/Dest [7 0 R /XYZ 58 500 0]\n/Parent 11 0 R>>',
  };
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [nr, inhalt] of Object.entries(objekte)) {
    offsets[Number(nr)] = text.length;
    text += `${nr} 0 obj\n${inhalt}\nendobj\n`;
  }
  const xref = text.length;
  const zeilen = Array.from({ length: 15 }, (_, i) => (offsets[i] === undefined ? '0000000000 65535 f \n' : `${String(offsets[i]).padStart(10, '0')} 00000 n \n`));
  text += `xref\n0 15\n${zeilen.join('')}trailer\n<</Size 15\n/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

describe('liesGliederung', () => {
  it('maps each outline title to the 1-based page of its destination, in page-tree order, first title wins', () => {
    const { seiten, seitenzahl } = liesGliederung(pdfMitGliederung());
    expect(seitenzahl).toBe(3);
    // object 6 is the first page (the tree lists it before 5), 5 the second, 7 the third
    expect([...seiten]).toEqual([
      ['Inhalt (kurz)', 2],
      ['Unter kapitel', 1],
      ['3 Änderungen', 3],
    ]);
  });

  it('refuses a file that is not laid out as Chromium writes it', () => {
    expect(() => liesGliederung(new Uint8Array(Buffer.from('%PDF-1.7\nkaputt')))).toThrow(
      'Unerwarteter PDF-Aufbau von Chromium (kein klassischer Trailer); die Seitenzahlen des Inhaltsverzeichnisses können nicht gelesen werden.',
    );
  });
});

describe('pdfTextString', () => {
  it('decodes literal strings with escapes and octal codes', () => {
    expect(pdfTextString('(a\\(b\\)c\\\\d)')).toBe('a(b)c\\d');
    expect(pdfTextString('(Gr\\374\\337e)')).toBe('Grüße');
    expect(pdfTextString('(zwei\\\nteile)')).toBe('zweiteile');
  });
  it('decodes hex strings, UTF-16BE with byte order mark', () => {
    expect(pdfTextString('<FEFF00C4201300DF>')).toBe('Ä–ß');
    expect(pdfTextString('<414243>')).toBe('ABC');
  });
});
