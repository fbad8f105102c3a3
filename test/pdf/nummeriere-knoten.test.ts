import { describe, expect, it } from 'vitest';
import { nummeriereKnoten } from '../../src/pdf/nummeriere-knoten.js';

const pdf = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

describe('nummeriereKnoten', () => {
  it('numbers the structure ids from 1 in their order, keeping every offset', () => {
    const vorher = '1 0 obj <</S /P /ID (node00002231)>> 2 0 obj <</S /H1 /ID (node00002229)>>\n3 0 obj <</Names [(node00002229) 2 0 R (node00002231) 1 0 R] /Limits [(node00002229) (node00002231)]>>\xff';
    const nachher = text(nummeriereKnoten(pdf(vorher)));
    expect(nachher).toBe(
      '1 0 obj <</S /P /ID (node00000002)>> 2 0 obj <</S /H1 /ID (node00000001)>>\n3 0 obj <</Names [(node00000001) 2 0 R (node00000002) 1 0 R] /Limits [(node00000001) (node00000002)]>>\xff',
    );
    expect(nachher.length).toBe(vorher.length);
  });

  it('gives the same bytes whatever number the renderer started counting at', () => {
    const druck = (start: number): string =>
      [0, 3, 1, 7].map((d) => `<</ID (node${String(start + d).padStart(8, '0')})>>`).join('\n');
    expect(text(nummeriereKnoten(pdf(druck(655))))).toBe(text(nummeriereKnoten(pdf(druck(2229)))));
  });

  it('leaves a PDF without structure ids, or with ids from 1, as it is', () => {
    const ohne = pdf('%PDF-1.4 <</Type /Catalog>>');
    expect(nummeriereKnoten(ohne)).toBe(ohne);
    const schon = pdf('<</ID (node00000001)>> <</ID (node00000002)>>');
    expect(nummeriereKnoten(schon)).toBe(schon);
  });
});
