import { describe, expect, it } from 'vitest';
import { formatiereZahl, istBetrag } from '../../src/vergleich/formatiere-zahl.js';
import { inCent } from '../../src/vergleich/in-cent.js';

describe('inCent', () => {
  it('converts values with at most two decimals exactly', () => {
    expect(inCent(0.1)).toBe(10);
    expect(inCent(0.07)).toBe(7);
    expect(inCent(69215000.07)).toBe(6921500007);
    expect(inCent(-1234.5)).toBe(-123450);
    expect(inCent(-0)).toBe(0);
    expect(Object.is(inCent(-0), 0)).toBe(true);
  });

  it('refuses more decimals, non-finite and too large values', () => {
    expect(inCent(0.1 + 0.2)).toBeUndefined();
    expect(inCent(100.125)).toBeUndefined();
    expect(inCent(Number.NaN)).toBeUndefined();
    expect(inCent(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(inCent(1e17)).toBeUndefined();
  });
});

describe('formatiereZahl', () => {
  it('formats counts and amounts the German way', () => {
    expect(formatiereZahl(15, false)).toBe('15');
    expect(formatiereZahl(1234567, false)).toBe('1.234.567');
    expect(formatiereZahl(69215000, true)).toBe('69.215.000,00');
    expect(formatiereZahl(1200000.5, true)).toBe('1.200.000,50');
    expect(formatiereZahl(0.07, false)).toBe('0,07');
    expect(formatiereZahl(0, true)).toBe('0,00');
  });

  it('puts a sign on differences when asked', () => {
    expect(formatiereZahl(3, false, true)).toBe('+3');
    expect(formatiereZahl(-1234.5, true, true)).toBe('-1.234,50');
    expect(formatiereZahl(-9, false)).toBe('-9');
    expect(formatiereZahl(0, false, true)).toBe('0');
  });
});

describe('istBetrag', () => {
  it('recognises the volume keys of the methodology', () => {
    expect(istBetrag('projekte.neu.2019.projektvolumen')).toBe(true);
    expect(istBetrag('projekte.neu.2019.foerdervolumen_bb')).toBe(true);
    expect(istBetrag('projekte.neu.2019.projektvolumen_gefoerdert')).toBe(true);
    expect(istBetrag('projekte.neu.2019')).toBe(false);
    expect(istBetrag('aktivitaeten.neu.2019.teilnehmende')).toBe(false);
    expect(istBetrag('x.projektvolumenanteil')).toBe(false);
  });
});
