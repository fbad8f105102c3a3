import { describe, expect, it } from 'vitest';
import { basisConfig, farben, PALETTE, SCHRIFT } from '../../src/diagramme/palette.js';

/** CIELAB lightness L* of an sRGB colour (D65). */
function lStern(hex: string): number {
  const kanal = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const y = 0.2126 * kanal(1) + 0.7152 * kanal(3) + 0.0722 * kanal(5);
  const f = y > 216 / 24389 ? Math.cbrt(y) : (24389 / 27 * y + 16) / 116;
  return Math.round((116 * f - 16) * 10) / 10;
}

describe('palette', () => {
  it('has the documented lightness values, dark to light', () => {
    expect(PALETTE.map(lStern)).toEqual([18.7, 37.4, 53.4, 70.8, 85.2]);
  });

  it('keeps every pair of colours at least 14 L* apart (readable in greyscale print)', () => {
    const l = PALETTE.map(lStern);
    for (let i = 1; i < l.length; i++) expect((l[i] as number) - (l[i - 1] as number)).toBeGreaterThanOrEqual(14);
  });

  it('spreads the colours of a chart as far apart as possible', () => {
    expect(farben(1)).toEqual(['#1b5e7e']);
    expect(farben(2)).toEqual(['#1b5e7e', '#6fb8c9']);
    expect(farben(3)).toEqual(['#0b2f4f', '#2f8aa3', '#b3dce5']);
    expect(farben(4)).toEqual(['#0b2f4f', '#1b5e7e', '#2f8aa3', '#6fb8c9']);
    for (const n of [2, 3, 4, 5]) {
      const l = farben(n).map(lStern);
      for (let i = 1; i < l.length; i++) expect((l[i] as number) - (l[i - 1] as number)).toBeGreaterThanOrEqual(14);
    }
    expect(() => farben(6)).toThrow('Zu viele Datenreihen für die Palette: 6 (höchstens 5)');
  });

  it('configures font, German locale and no chart border', () => {
    const c = basisConfig();
    expect(c.font).toBe(SCHRIFT);
    expect(SCHRIFT).toBe("'Source Sans 3', sans-serif");
    expect(c.locale?.number).toEqual({ decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0€'] });
    expect(c.view?.stroke).toBeNull();
  });
});
