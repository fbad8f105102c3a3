import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { registriereHelfer } from '../../src/format/handlebars-helfer.js';

function neu(): typeof Handlebars {
  const hbs = Handlebars.create();
  registriereHelfer(hbs);
  return hbs;
}

describe('registriereHelfer', () => {
  it('registers the formatters on an isolated instance only', () => {
    const hbs = neu();
    expect(Object.keys(hbs.helpers)).toContain('betragText');
    expect(Object.keys(Handlebars.helpers)).not.toContain('betragText');
  });
  it('formats in templates', () => {
    const t = neu().compile(
      '{{zahl n}}|{{betragText v}}|{{mioEuro v}}|{{prozentText (prozentAus 2 3)}}|{{prozentZeichen (prozent 0.6)}}|{{datum d}}|{{zeitraum 2017 2019}}|{{veraenderung 5 15}}|{{anzahl 1 "Projekt" "Projekte"}}|{{anzahl 1 "Projekt" "Projekte" "ein"}}|{{tabellenZahl 0}}|{{managementName c}}|{{gross (clusterMitArtikel c)}}|{{managementBezeichnung c}}',
    );
    expect(
      t({ n: 1234, v: 69215000, d: '2020-07-15', c: { art: 'teilthema', land: 'berlin', name: 'Industrielle Produktion' } }),
    ).toBe(
      '1.234|69,2 Millionen Euro|69,2 Mio. €|67 Prozent|60 %|15.07.2020|2017–2019|verdreifacht|1 Projekt|ein Projekt|–|Industrielle Produktion Berlin|Das Teilthema Industrielle Produktion|Teilthemenmanagement',
    );
  });
  it('escapes helper output like any value', () => {
    const t = neu().compile('{{zitat s}}');
    expect(t({ s: '<b>&</b>' })).toBe('„&lt;b&gt;&amp;&lt;/b&gt;“');
  });
  it('fails loudly on wrong argument types', () => {
    const t = neu().compile('{{zahl s}}');
    expect(() => t({ s: 'x' })).toThrow('Helfer "zahl": Zahl erwartet');
  });
});
