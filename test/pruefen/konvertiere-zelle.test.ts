import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/fehler.js';
import type { RohZeile } from '../../src/lesen/roh-zeile.js';
import { konvertiereZelle, UNGUELTIG } from '../../src/pruefen/konvertiere-zelle.js';
import type { Spalte } from '../../src/pruefen/tabelle.js';

const kontext = { index: new Map(), namen: [] };
const csv = (wert: string): RohZeile => ({ datei: 't.csv', zeile: 2, werte: { x: wert }, zahlDialekt: ';' });

function konvertiere(spalte: Spalte, roh: unknown, zeile: RohZeile = csv(String(roh))): { wert: unknown; meldungen: string[] } {
  const probleme: Problem[] = [];
  const wert = konvertiereZelle(spalte, roh, zeile, kontext, probleme);
  return { wert, meldungen: probleme.map((p) => p.meldung) };
}

describe('konvertiereZelle: decimals and upper bounds a format may declare', () => {
  const dezimal: Spalte = { name: 'x', label: 'X', typ: 'dezimal', pflicht: false, maximum: 100 };

  it('reads decimals with a German comma (CSV) or as JSON numbers, held as hundredths', () => {
    expect(konvertiere(dezimal, '35,5').wert).toBe(3550);
    expect(konvertiere(dezimal, '2').wert).toBe(200);
    expect(konvertiere(dezimal, 12.25, { datei: 't.json', zeile: 0, index: 0, werte: {}, zahlDialekt: '.' }).wert).toBe(1225);
  });

  it('refuses negatives, euro signs, three decimals and values above the maximum', () => {
    for (const roh of ['-1', '3 €', '1,234']) {
      expect(konvertiere(dezimal, roh)).toEqual({
        wert: UNGUELTIG,
        meldungen: [`"${roh}" ist keine gültige Zahl. Erlaubt: Zahl ab 0 mit höchstens zwei Nachkommastellen, z. B. 2,0 oder 35,5`],
      });
    }
    expect(konvertiere(dezimal, '100,01').meldungen).toEqual(['"100,01" ist zu groß. Erlaubt: höchstens 100']);
  });

  it('bounds counts from above when the column says so, and only then', () => {
    const prozent: Spalte = { name: 'x', label: 'X', typ: 'ganzzahl', pflicht: false, minimum: 0, maximum: 100 };
    expect(konvertiere(prozent, '100').wert).toBe(100);
    expect(konvertiere(prozent, '101').meldungen).toEqual(['"101" ist zu groß. Erlaubt: höchstens 100']);
    expect(konvertiere({ ...prozent, maximum: undefined }, '101').wert).toBe(101);
  });
});
