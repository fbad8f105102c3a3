import { describe, expect, it } from 'vitest';
import { formatMio, formatProzent, formatZahl, mio, prozent } from '../../src/diagramme/zahlformat.js';

describe('zahlformat', () => {
  it('groups thousands with a point', () => {
    expect(formatZahl(0)).toBe('0');
    expect(formatZahl(999)).toBe('999');
    expect(formatZahl(1234)).toBe('1.234');
    expect(formatZahl(1234567)).toBe('1.234.567');
    expect(formatZahl(-1234)).toBe('-1.234');
    expect(() => formatZahl(Number.NaN)).toThrow('Keine endliche Zahl: NaN');
  });

  it('prints millions with one decimal, half up, from cents', () => {
    expect(formatMio(69_215_000)).toBe('69,2');
    expect(formatMio(30_480_500.5)).toBe('30,5');
    expect(formatMio(1_250_000)).toBe('1,3');
    expect(formatMio(1_249_999.99)).toBe('1,2');
    expect(formatMio(44_380)).toBe('0,0');
    expect(formatMio(0)).toBe('0,0');
    expect(formatMio(1_234_567_890)).toBe('1.234,6');
    expect(mio(69_215_000)).toBe(69.2);
    expect(mio(1_250_000)).toBe(1.3);
    expect(() => formatMio(-1)).toThrow('Ungültiger Betrag: -1');
  });

  it('rounds percentages half up to integers and has no division by zero', () => {
    expect(prozent(9, 15)).toBe(60);
    expect(prozent(1, 5)).toBe(20);
    expect(prozent(7, 16)).toBe(44);
    expect(prozent(9, 13)).toBe(69);
    expect(prozent(1, 8)).toBe(13);
    expect(prozent(1, 40)).toBe(3);
    expect(prozent(0, 0)).toBeNull();
    expect(formatProzent(9, 15)).toBe('60 %');
    expect(formatProzent(0, 0)).toBe('–');
  });
});
