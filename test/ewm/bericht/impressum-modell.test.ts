import { describe, expect, it } from 'vitest';
import { baueEwmHtml } from '../../../src/ewm/bericht/baue-html.js';
import { impressumModell } from '../../../src/ewm/bericht/impressum-modell.js';
import { daten, eingabe } from './fixture.js';

const IP = { slug: 'industrielle-produktion', name: 'Industrielle Produktion', art: 'teilthema', land: 'berlin', berichtsformat: 'ewm', handlungsfelder: [] } as const;

describe('impressumModell', () => {
  it('turns web and mail lines into links and keeps the other lines as text', () => {
    const m = impressumModell({ redaktion: ['Ramboll', 'info@ramboll.de', 'www.ramboll.de', 'https://x.de/a'] }, { ...IP, handlungsfelder: [] });
    expect(m.impressum.redaktion).toEqual([
      { text: 'Ramboll' },
      { text: 'info@ramboll.de', href: 'mailto:info@ramboll.de' },
      { text: 'www.ramboll.de', href: 'https://www.ramboll.de' },
      { text: 'https://x.de/a', href: 'https://x.de/a' },
    ]);
  });

  it('shows the links for all reports and those of this management only', () => {
    const m = impressumModell({
      weitereInformationen: [
        { text: 'zur innoBB 2025', url: 'https://innobb.de' },
        { cluster: 'industrielle-produktion', url: 'https://ip.de' },
        { cluster: 'smart-cities', url: 'https://sc.de' },
      ],
    }, { ...IP, handlungsfelder: [] });
    expect(m.weitereInformationen).toEqual([
      { thema: 'zur innoBB 2025', url: 'https://innobb.de' },
      { thema: 'zum Teilthema Industrielle Produktion', url: 'https://ip.de' },
    ]);
  });

  it('prints logos with their alt text and caption lines, and escapes data in links', () => {
    const html = baueEwmHtml(eingabe({
      daten: daten({
        herausgeber: ['Amt', 'www.amt.de/"><b>x</b>'],
        logos: [{ datei: 'logos/eu.svg', alt: 'Europäische <Union>', beschriftung: ['EUROPÄISCHE UNION'], daten: 'data:image/svg+xml;base64,PHN2Zy8+' }],
        weitereInformationen: [{ text: 'zu „x“', url: 'https://a.de/?q=<b>' }],
      }),
    }), new Map());
    expect(html).toContain('<img src="data:image/svg+xml;base64,PHN2Zy8&#x2B;" alt="Europäische &lt;Union&gt;">'.replace('&#x2B;', '+'));
    expect(html).toContain('<p class="logo-beschriftung" aria-hidden="true"><span>EUROPÄISCHE UNION</span></p>');
    expect(html).toContain('Weitere Informationen zu „x“ finden Sie unter: <a href="https://a.de/?q&#x3D;&lt;b&gt;">https://a.de/?q&#x3D;&lt;b&gt;</a>');
    expect(html).not.toContain('<b>x</b>');
  });
});
