import { describe, expect, it } from 'vitest';
import { fuelleSeitenPlaetze } from '../../src/pdf/seiten-plaetze.js';
import { SeitenZuordnung } from '../../src/pdf/seiten-zuordnung.js';

const seiten = new SeitenZuordnung().set('3.1 Aktivitäten zur Initiierung und Begleitung von Projekten', 7).set('„Digital Plus“ & mehr', 12);

describe('fuelleSeitenPlaetze', () => {
  it('writes the page of the slot’s heading, looked up like the outline (whitespace and soft hyphens do not matter)', () => {
    const html = '<li><span class="titel">3.1 …</span><span class="seite" data-seite-von="3.1 Aktivitäten zur Initiie\u00adrung und Begleitung  von Projekten">00</span></li>';
    expect(fuelleSeitenPlaetze(html, seiten)).toBe(
      '<li><span class="titel">3.1 …</span><span class="seite" data-seite-von="3.1 Aktivitäten zur Initiie\u00adrung und Begleitung  von Projekten">7</span></li>',
    );
  });

  it('reads the heading text as the browser does, with HTML entities resolved', () => {
    expect(fuelleSeitenPlaetze('<span data-seite-von="„Digital Plus“ &amp; mehr">00</span>', seiten)).toBe('<span data-seite-von="„Digital Plus“ &amp; mehr">12</span>');
  });

  it('leaves slots of unknown headings and everything outside slots as it is', () => {
    const html = '<p>Seite 00</p><span class="seite" data-seite-von="Anhang">00</span><span class="seite">00</span>';
    expect(fuelleSeitenPlaetze(html, seiten)).toBe(html);
  });
});
