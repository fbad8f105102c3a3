import { describe, expect, it } from 'vitest';
import { betragText } from '../../src/format/betrag-text.js';
import { datum } from '../../src/format/datum.js';
import { dezimal } from '../../src/format/dezimal.js';
import { mioEuro } from '../../src/format/mio-euro.js';
import { prozent, prozentAus, prozentText, prozentZeichen } from '../../src/format/prozent.js';
import { tabellenZahl } from '../../src/format/tabellen-zahl.js';
import { zahl } from '../../src/format/zahl.js';
import { zeitraum } from '../../src/format/zeitraum.js';
import { zitat } from '../../src/format/zitat.js';

describe('zahl', () => {
  it('groups thousands with a dot', () => {
    expect(zahl(0)).toBe('0');
    expect(zahl(1)).toBe('1');
    expect(zahl(999)).toBe('999');
    expect(zahl(1234)).toBe('1.234');
    expect(zahl(1234567)).toBe('1.234.567');
    expect(zahl(-1234)).toBe('-1.234');
  });
  it('rounds half away from zero', () => {
    expect(zahl(2.5)).toBe('3');
    expect(zahl(-2.5)).toBe('-3');
    expect(zahl(2.4999)).toBe('2');
    expect(zahl(-0.4)).toBe('0');
  });
  it('refuses NaN and infinity', () => {
    expect(() => zahl(Number.NaN)).toThrow('Keine endliche Zahl');
    expect(() => zahl(Infinity)).toThrow(RangeError);
  });
});

describe('dezimal', () => {
  it('uses a decimal comma and fixed decimals', () => {
    expect(dezimal(69.215, 1)).toBe('69,2');
    expect(dezimal(0, 1)).toBe('0,0');
    expect(dezimal(1234.5, 2)).toBe('1.234,50');
    expect(dezimal(7, 0)).toBe('7');
  });
  it('rounds .5 up even where binary floats fall short', () => {
    expect(dezimal(1.005, 2)).toBe('1,01');
    expect(dezimal(0.25, 1)).toBe('0,3');
    expect(dezimal(2.675, 2)).toBe('2,68');
    expect(dezimal(-0.25, 1)).toBe('-0,3');
  });
  it('refuses bad decimal counts', () => {
    expect(() => dezimal(1, -1)).toThrow('Ungültige Stellenzahl');
  });
});

describe('betragText', () => {
  it('writes amounts below a million in whole euros', () => {
    expect(betragText(0)).toBe('0 Euro');
    expect(betragText(1)).toBe('1 Euro');
    expect(betragText(44380)).toBe('44.380 Euro');
    expect(betragText(25000)).toBe('25.000 Euro');
    expect(betragText(999999.49)).toBe('999.999 Euro');
    expect(betragText(0.5)).toBe('1 Euro');
  });
  it('writes a million and more in millions with always one decimal, as the charts do ("21,0 Millionen Euro")', () => {
    expect(betragText(69215000)).toBe('69,2 Millionen Euro');
    expect(betragText(69250000)).toBe('69,3 Millionen Euro');
    expect(betragText(69249999.99)).toBe('69,2 Millionen Euro');
    expect(betragText(1000000)).toBe('1,0 Millionen Euro');
    expect(betragText(1500000)).toBe('1,5 Millionen Euro');
    expect(betragText(15000000)).toBe('15,0 Millionen Euro');
    expect(betragText(21000000)).toBe('21,0 Millionen Euro');
    expect(betragText(7500000)).toBe('7,5 Millionen Euro');
    expect(betragText(1234567890)).toBe('1.234,6 Millionen Euro');
  });
  it('treats amounts that round to a million as 1,0 million', () => {
    expect(betragText(999999.5)).toBe('1,0 Millionen Euro');
    expect(betragText(1049999)).toBe('1,0 Millionen Euro');
    expect(betragText(1050000)).toBe('1,1 Millionen Euro');
    expect(betragText(1950000)).toBe('2,0 Millionen Euro');
  });
  it('keeps the sign of negative amounts', () => {
    expect(betragText(-44380)).toBe('-44.380 Euro');
    expect(betragText(-2500000)).toBe('-2,5 Millionen Euro');
  });
});

describe('mioEuro', () => {
  it('always shows one decimal in millions', () => {
    expect(mioEuro(69215000)).toBe('69,2 Mio. €');
    expect(mioEuro(0)).toBe('0,0 Mio. €');
    expect(mioEuro(44380)).toBe('0,0 Mio. €');
    expect(mioEuro(50000)).toBe('0,1 Mio. €');
    expect(mioEuro(1000000)).toBe('1,0 Mio. €');
    expect(mioEuro(1250000)).toBe('1,3 Mio. €');
    expect(mioEuro(1234567890)).toBe('1.234,6 Mio. €');
    expect(mioEuro(-1250000)).toBe('-1,3 Mio. €');
  });
});

describe('prozent', () => {
  it('rounds a share half up to an integer percentage', () => {
    expect(prozent(0.665)).toBe(67);
    expect(prozent(0.285)).toBe(29);
    expect(prozent(0.6)).toBe(60);
    expect(prozent(0)).toBe(0);
    expect(prozent(1)).toBe(100);
    expect(prozent(0.00499)).toBe(0);
    expect(prozent(0.005)).toBe(1);
  });
  it('computes percentages exactly from counts and amounts', () => {
    expect(prozentAus(1, 5)).toBe(20);
    expect(prozentAus(9, 15)).toBe(60);
    expect(prozentAus(2, 3)).toBe(67);
    expect(prozentAus(1, 8)).toBe(13);
    expect(prozentAus(3, 16)).toBe(19);
    expect(prozentAus(133, 200)).toBe(67);
    expect(prozentAus(0.665, 1)).toBe(67);
    expect(prozentAus(46375000.5, 69215000)).toBe(67);
    expect(prozentAus(0, 7)).toBe(0);
    expect(prozentAus(7, 7)).toBe(100);
    expect(prozentAus(-3, 16)).toBe(-19);
  });
  it('refuses a share of nothing', () => {
    expect(() => prozentAus(1, 0)).toThrow('ohne positiven Nenner');
  });
  it('writes percentages for text and brackets', () => {
    expect(prozentText(67)).toBe('67 Prozent');
    expect(prozentZeichen(60)).toBe('60 %');
  });
});

describe('datum, zeitraum, zitat, tabellenZahl', () => {
  it('formats ISO dates the German way', () => {
    expect(datum('2020-07-15')).toBe('15.07.2020');
    expect(datum('2019-01-01')).toBe('01.01.2019');
    expect(() => datum('15.07.2020')).toThrow('Kein ISO-Datum');
    expect(() => datum('2020-7-15')).toThrow(RangeError);
  });
  it('writes year ranges with an en dash', () => {
    expect(zeitraum(2017, 2019)).toBe('2017–2019');
    expect(zeitraum(2019, 2019)).toBe('2019');
  });
  it('uses German quotation marks', () => {
    expect(zitat('Industrie 4.0')).toBe('„Industrie 4.0“');
  });
  it('shows zero as an en dash in tables', () => {
    expect(tabellenZahl(0)).toBe('–');
    expect(tabellenZahl(1)).toBe('1');
    expect(tabellenZahl(1234)).toBe('1.234');
  });
});
