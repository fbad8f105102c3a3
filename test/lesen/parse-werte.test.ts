import { describe, expect, it } from 'vitest';
import { euroZahlZuCent, parseBetrag, parseGanzzahl } from '../../src/lesen/parse-betrag.js';
import { deutschesDatum, parseDatum } from '../../src/lesen/parse-datum.js';
import { parseWahrheitswert } from '../../src/lesen/parse-wahrheitswert.js';
import { normalisiereSchluessel } from '../../src/lesen/normalisiere-schluessel.js';

describe('parseBetrag', () => {
  it.each([
    ['69200000', ';', 6_920_000_000],
    ['69200000.50', ';', 6_920_000_050],
    ['69.200.000,50', ';', 6_920_000_050],
    ['69200000,50', ';', 6_920_000_050],
    ['69.200.000,50 €', ';', 6_920_000_050],
    ['69.200.000 EUR', ';', 6_920_000_000],
    ['69200000,5€', ';', 6_920_000_050],
    ['1.500', ';', 150_000],
    ['1.500', '.', 150],
    ['1.50', ';', 150],
    ['69.200.000', '.', 6_920_000_000],
    ['69200000.50', '.', 6_920_000_050],
    ['69.200.000,50', '.', 6_920_000_050],
    ['  0 ', ';', 0],
    ['-5.000', ';', -500_000],
    ['0,07', ';', 7],
    ['0.1', '.', 10],
    ['1,500', ';', 150],
  ] as const)('%s (%s) = %d cent', (text, dialekt, cent) => {
    expect(parseBetrag(text, dialekt)).toBe(cent);
  });

  it.each(['abc', '1,505', '1.2.3', '1,50,00', '12.34.56,00', '1.50,00', '', '€', '1,', ',5', '1e5', '1 000', '12.345.6789'])(
    'rejects %j',
    (text) => {
      expect(parseBetrag(text, ';')).toBeUndefined();
    },
  );

  it('is exact for large amounts (no float rounding)', () => {
    expect(parseBetrag('9.999.999.999.999,99', ';')).toBe(999_999_999_999_999);
    expect(parseBetrag('0,29', ';')).toBe(29);
    expect(parseBetrag('1,13', ';')).toBe(113);
  });

  it('converts JSON numbers of euros', () => {
    expect(euroZahlZuCent(69200000.5)).toBe(6_920_000_050);
    expect(euroZahlZuCent(0.29)).toBe(29);
    expect(euroZahlZuCent(1.13)).toBe(113);
    expect(euroZahlZuCent(12)).toBe(1200);
    expect(euroZahlZuCent(1.005)).toBeUndefined();
    expect(euroZahlZuCent(1e21)).toBeUndefined();
    expect(euroZahlZuCent(-3)).toBe(-300);
  });

  it('parses counts', () => {
    expect(parseGanzzahl('1.500', ';')).toBe(1500);
    expect(parseGanzzahl('1.500', '.')).toBeUndefined();
    expect(parseGanzzahl('12', ';')).toBe(12);
    expect(parseGanzzahl('12,5', ';')).toBeUndefined();
    expect(parseGanzzahl('12 €', ';')).toBeUndefined();
  });
});

describe('parseDatum', () => {
  it.each([
    ['15.03.2019', '2019-03-15'],
    ['1.3.2019', '2019-03-01'],
    ['2019-03-01', '2019-03-01'],
    ['29.02.2020', '2020-02-29'],
    [' 31.12.2019 ', '2019-12-31'],
  ])('%s → %s', (text, iso) => expect(parseDatum(text)).toBe(iso));

  it.each(['31.02.2019', '29.02.2019', '29.02.1900', '2019-13-01', '00.01.2019', '15.03.19', '2019/03/01', 'März 2019', '2019-3-1', '32.01.2019'])(
    'rejects %j',
    (text) => expect(parseDatum(text)).toBeUndefined(),
  );

  it('accepts 29.02.2000 (divisible by 400)', () => expect(parseDatum('29.02.2000')).toBe('2000-02-29'));
  it('formats German', () => expect(deutschesDatum('2019-03-05')).toBe('05.03.2019'));
});

describe('parseWahrheitswert', () => {
  it.each([
    ['ja', true], ['Ja', true], ['j', true], ['TRUE', true], ['1', true], ['x', true], ['X', true],
    ['nein', false], ['n', false], ['false', false], ['0', false], ['', false], ['  ', false],
  ] as const)('%j → %s', (text, wert) => expect(parseWahrheitswert(text)).toBe(wert));
  it('rejects other text', () => expect(parseWahrheitswert('vielleicht')).toBeUndefined());
});

describe('normalisiereSchluessel', () => {
  it('treats spellings of one value alike', () => {
    const formen = ['begonnen/laufend', 'Begonnen / laufend', 'begonnen_laufend', 'BEGONNEN-LAUFEND'];
    expect(new Set(formen.map(normalisiereSchluessel))).toEqual(new Set(['begonnenlaufend']));
    expect(normalisiereSchluessel('regulär beendet')).toBe(normalisiereSchluessel('regulaer_beendet'));
  });
});
