// Number marks by text: values, small counts as words, percentages and change words computed from two keys.
import { describe, expect, it } from 'vitest';
import { abgeleiteteWerte } from '../../src/nachweis/abgeleitete-werte.js';
import { ersetzeMarken } from '../../src/nachweis/ersetze-marken.js';
import { markiereDiagramm } from '../../src/nachweis/markiere-diagramm.js';
import { markiereWerte, type Kandidat } from '../../src/nachweis/markiere-werte.js';

const einer = (...schluessel: string[]): Kandidat => ({ schluessel, art: 'einer' });
const links = (text: string): string => ersetzeMarken(text, true).html.replace(/ href="[^"]*"/g, '').replace(/ title="[^"]*"/g, '');

describe('markiereWerte', () => {
  it('marks free-standing values, the longer candidate first, never inside a mark or a longer number', () => {
    const werte = new Map([['2.700.000 €', einer('v')], ['0', einer('n')], ['5', einer('f')], ['fünf', einer('f')]]);
    expect(links(markiereWerte('zusammen 2.700.000 €, davon 0 und fünf (2019: 5; 15; 5,5; Abbildung 5)', werte))).toBe(
      'zusammen <a class="kz" data-kennzahl="v">2.700.000 €</a>, davon <a class="kz" data-kennzahl="n">0</a> und ' +
        '<a class="kz" data-kennzahl="f">fünf</a> (2019: <a class="kz" data-kennzahl="f">5</a>; 15; 5,5; Abbildung 5)',
    );
  });
  it('the bounds of a class are labels, not figures', () => {
    const werte = new Map([['10', einer('a')], ['49', einer('b')], ['250', einer('c')]]);
    expect(markiereWerte('jene mit 10\u00a0bis 49\u00a0Beschäftigten und 250 und mehr Beschäftigten', werte)).toBe('jene mit 10\u00a0bis 49\u00a0Beschäftigten und 250 und mehr Beschäftigten');
  });

  it('a number word inside a longer word is none', () => {
    expect(markiereWerte('die zweite Runde, zwei Runden', new Map([['zwei', einer('z')]]))).toBe('die zweite Runde, \uE000z\uE001zwei\uE002 Runden');
  });
});

describe('abgeleiteteWerte', () => {
  it('gives the share and the change of two read keys, and the change words, each with both keys', () => {
    const w = abgeleiteteWerte(new Map([['neu.2018', 5], ['neu.2019', 15], ['cc.2019', 9]]));
    expect(w.get('60 %')).toEqual({ schluessel: ['cc.2019', 'neu.2019'], art: 'aus' });
    expect(w.get('verdreifacht')).toEqual({ schluessel: ['neu.2018', 'neu.2019'], art: 'aus' });
    expect(w.get('200 Prozent')?.schluessel).toEqual(['neu.2019', 'neu.2018']);
    const text = links(markiereWerte('hat sich verdreifacht, ein Anteil von 60 %', w));
    expect(text).toBe('hat sich <a class="kz" data-kennzahl="neu.2018 neu.2019">verdreifacht</a>, ein Anteil von <a class="kz" data-kennzahl="cc.2019 neu.2019">60 %</a>');
    expect(ersetzeMarken(markiereWerte('60 %', w), true).html).toContain('title="berechnet aus cc.2019, neu.2019"');
  });
});

describe('abgeleiteteWerte: differences and sums', () => {
  it('gives the change of two counts signed and plain, with both keys', () => {
    const w = abgeleiteteWerte(new Map([['akteure.2018', 46], ['akteure.2019', 110]]));
    expect(w.get('+\u00a064')).toEqual({ schluessel: ['akteure.2018', 'akteure.2019'], art: 'aus' });
    expect(w.get('−\u00a064')?.schluessel).toEqual(['akteure.2019', 'akteure.2018']);
    expect([...(w.get('64')?.schluessel ?? [])].sort()).toEqual(['akteure.2018', 'akteure.2019']);
    expect(links(markiereWerte('ein Zuwachs um 64\u00a0Akteure (+\u00a064)', w))).toBe(
      'ein Zuwachs um <a class="kz" data-kennzahl="akteure.2019 akteure.2018">64</a>\u00a0Akteure (<a class="kz" data-kennzahl="akteure.2018 akteure.2019">+\u00a064</a>)',
    );
  });

  it('gives the sum of a family of read keys and the difference of two families’ sums, with every key', () => {
    const w = abgeleiteteWerte(
      new Map([['cc.2019.b.energie', 6], ['cc.2019.b.optik', 7], ['cc.2018.b.energie', 1], ['cc.2018.b.optik', 0]]),
    );
    expect(w.get('13')?.schluessel).toEqual(['cc.2019.b.energie', 'cc.2019.b.optik']);
    expect(w.get('+\u00a012')?.schluessel).toEqual(['cc.2018.b.energie', 'cc.2018.b.optik', 'cc.2019.b.energie', 'cc.2019.b.optik']);
  });
});

describe('markiereDiagramm', () => {
  it('marks the data labels with the keys the chart read, not the axis labels or the title', () => {
    const svg = '<svg><g class="mark-text role-axis-label"><text x="1">15</text></g>' +
      '<g class="mark-text role-mark layer_1_marks" role="graphics-object"><text x="2">15</text><text x="3">2,6</text><text x="4">7</text></g>' +
      '<g class="mark-text role-title-text"><text>15 Projekte</text></g></svg>';
    const aus = links(markiereDiagramm(svg, new Map([['neu.2019', 15], ['volumen.2019', 2_600_000]])));
    expect(aus).toBe('<svg><g class="mark-text role-axis-label"><text x="1">15</text></g>' +
      '<g class="mark-text role-mark layer_1_marks" role="graphics-object"><text x="2"><a class="kz" data-kennzahl="neu.2019">15</a></text>' +
      '<text x="3"><a class="kz" data-kennzahl="volumen.2019">2,6</a></text><text x="4">7</text></g>' +
      '<g class="mark-text role-title-text"><text>15 Projekte</text></g></svg>');
  });
});
