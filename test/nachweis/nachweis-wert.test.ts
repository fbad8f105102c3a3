import { describe, expect, it } from 'vitest';
import { nachweisWert } from '../../src/nachweis/nachweis-wert.js';

describe('nachweisWert', () => {
  it('shows a value with its decimals, never rounded to a whole number', () => {
    expect(nachweisWert(undefined, 2.25)).toBe('2,25');
    expect(nachweisWert(undefined, 40.5)).toBe('40,5');
    expect(nachweisWert(undefined, 1307)).toBe('1.307');
    expect(nachweisWert('euro', 4438000)).toBe(nachweisWert('euro', 4438000));
    expect(nachweisWert('euro', 4438000)).toMatch(/€/);
  });
});
