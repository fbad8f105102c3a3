import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/diagramme/render-svg.js';
import { type Abbildung, ewmAbbildungen } from '../../../src/ewm/diagramme/abbildungen.js';
import type { Cluster } from '../../../src/model/typen.js';
import { alleNull, IP, kennzahlenIp2019 } from './fixture.js';

const kontext = { jahr: 2019, cluster: IP };
const render = (a: Abbildung): Promise<string> =>
  renderSvg(a.spec, { titel: `Abbildung ${a.nummer}: ${a.titel}`, text: a.textalternative });
/** Visible text of an SVG: text elements and their tspans, in document order. */
const texte = (svg: string): string[] => [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]+)</g)].map((m) => m[1] ?? '');

describe('ewmAbbildungen', () => {
  const abbildungen = ewmAbbildungen(kennzahlenIp2019(), kontext);

  it('builds eight numbered figures with the captions of the seed (years filled in)', () => {
    expect(abbildungen.map((a) => [a.nummer, a.titel])).toEqual([
      [1, 'Anzahl laufender Projekte im Berichtszeitraum 2019, davon neu initiierte Projekte nach Status sowie Anzahl neu initiierter Projekte im Jahresvergleich 2017–2019'],
      [2, 'Projekt- und Fördervolumina der neu initiierten Projekte im Jahresvergleich 2017–2019'],
      [3, 'Anzahl, Konsortialstruktur und Fördergeber neu initiierter FuEuI-Projekte im Berichtszeitraum 2019'],
      [4, 'Anzahl neu initiierter Projekte nach Handlungsfeldern im Jahresvergleich 2017–2019'],
      [5, 'Anzahl neu initiierter Projekte und davon Cross Cluster-Projekte im Jahresvergleich 2017–2019'],
      [6, 'Anzahl neu initiierter Sonstiger Aktivitäten und davon Cross Cluster-Sonstige Aktivitäten im Jahresvergleich 2018–2019'],
      [7, 'Anzahl neu initiierter Sonstiger Aktivitäten nach Handlungsfeldern im Jahresvergleich 2018–2019'],
      [8, 'Anzahl der an den neu initiierten Projekten und Sonstigen Aktivitäten beteiligten Akteure nach Herkunft im Jahresvergleich 2018–2019'],
    ]);
  });

  it('gives every figure a German text alternative with all its numbers', () => {
    const t = abbildungen.map((a) => a.textalternative);
    expect(t[0]).toBe(
      'Laufende Projekte 2019: 16, davon neu initiiert: 15. Neu initiierte Projekte 2019 nach Status: in Vorbereitung 1, ' +
        'Antrag gestellt 5, begonnen/laufend 6, regulär beendet 3, abgebrochen 0, abgesagt 0. ' +
        'Neu initiierte Projekte im Jahresvergleich: 2017: 2, 2018: 5, 2019: 15.',
    );
    expect(t[1]).toBe(
      'Projektvolumen in Mio. €: 2017: 1,9 (davon Berlin-Brandenburg: 1,9), 2018: 4,3 (davon Berlin-Brandenburg: 4,3), ' +
        '2019: 69,2 (davon Berlin-Brandenburg: 68,9). Fördervolumen in Mio. €: 2017: 0,9 (davon Berlin-Brandenburg: 0,9), ' +
        '2018: 2,1 (davon Berlin-Brandenburg: 2,1), 2019: 30,5 (davon Berlin-Brandenburg: 30,1).',
    );
    expect(t[2]).toBe(
      'Neu initiierte Projekte 2019: 15, davon FuEuI-Projekte: 11. FuEuI-Projekte nach Konsortialstruktur: ' +
        'Einzelvorhaben eines Unternehmens 3, Einzelvorhaben einer Forschungseinrichtung 0, ' +
        'Verbundprojekt unter Beteiligung mehrerer Unternehmen 2, ' +
        'Verbundprojekt unter Beteiligung von Unternehmen und Hochschulen/Forschungseinrichtungen 6, ' +
        'Verbundprojekt mehrerer Forschungseinrichtungen 0, sonstiges Verbundprojekt 0. FuEuI-Projekte nach Fördergeber: ' +
        'Land Berlin 5, Land Brandenburg 0, Bund 1, EU 4, sonstige 0, keine öffentliche Förderung 1.',
    );
    expect(t[3]).toBe(
      'Neu initiierte Projekte nach Handlungsfeldern: Industrie 4.0: 2017: 1, 2018: 3, 2019: 4; ' +
        'Additive Fertigung: 2017: 1, 2018: 2, 2019: 9; gesamtclusterbezogen/handlungsfeldübergreifend: 2017: 0, 2018: 0, 2019: 2.',
    );
    expect(t[4]).toBe(
      '2017: neu initiierte Projekte 2, davon Cross Cluster-Projekte 0 (Anteil 0 %); ' +
        '2018: neu initiierte Projekte 5, davon Cross Cluster-Projekte 1 (Anteil 20 %); ' +
        '2019: neu initiierte Projekte 15, davon Cross Cluster-Projekte 9 (Anteil 60 %).',
    );
    expect(t[5]).toBe(
      '2018: neu initiierte Sonstige Aktivitäten 16, davon Cross Cluster-Sonstige Aktivitäten 7 (Anteil 44 %); ' +
        '2019: neu initiierte Sonstige Aktivitäten 13, davon Cross Cluster-Sonstige Aktivitäten 9 (Anteil 69 %).',
    );
    expect(t[6]).toBe(
      'Neu initiierte Sonstige Aktivitäten nach Handlungsfeldern: Industrie 4.0: 2018: 9, 2019: 8; ' +
        'Additive Fertigung: 2018: 5, 2019: 2; gesamtclusterbezogen/handlungsfeldübergreifend: 2018: 2, 2019: 3.',
    );
    expect(t[7]).toBe(
      'Beteiligte Akteure nach Herkunft: 2018: 46 Akteure, davon Berlin 35, Brandenburg 4, extern 7; ' +
        '2019: 110 Akteure, davon Berlin 82, Brandenburg 9, extern 19.',
    );
  });

  it('puts the text alternative into the spec as its description', () => {
    for (const a of abbildungen) expect((a.spec as { description?: string }).description).toBe(a.textalternative);
  });

  it('renders every figure with its value labels, German numbers and nothing broken', async () => {
    const erwartet: Record<number, string[]> = {
      1: ['16', '15', '1', '5', '6', '3', '0', 'laufende Projekte', 'davon neu initiiert', 'begonnen/laufend', 'regulär beendet', '2017', '2'],
      2: ['69,2', '68,9', '30,5', '30,1', '4,3', '2,1', '1,9', '0,9', 'Angaben in Mio. €', 'Fördervolumen, davon Berlin-Brandenburg'],
      3: ['11', '6', '5', '4', 'davon FuEuI-Projekte', 'und Hochschulen/Forschungseinrichtungen', 'keine öffentliche Förderung', 'Land Berlin'],
      4: ['9', '4', 'Industrie 4.0', 'Additive Fertigung', 'gesamtclusterbezogen/', 'handlungsfeldübergreifend', '2017', '2018', '2019'],
      5: ['15', '9', 'Cross Cluster-Anteil: 60 %', 'Cross Cluster-Anteil: 20 %', 'Cross Cluster-Anteil: 0 %', 'davon Cross Cluster-Projekte'],
      6: ['16', '13', '7', '9', 'Cross Cluster-Anteil: 44 %', 'Cross Cluster-Anteil: 69 %'],
      7: ['8', '2', '3', '2018', '2019'],
      8: ['110', '82', '46', '35', '19', 'insgesamt', 'Berlin', 'Brandenburg', 'extern'],
    };
    for (const a of abbildungen) {
      const svg = await render(a);
      const sichtbar = texte(svg);
      for (const e of erwartet[a.nummer] ?? []) expect(sichtbar, `Abbildung ${a.nummer}: ${e}`).toContain(e);
      expect(svg).not.toMatch(/NaN|undefined|Infinity|null|…/);
      expect(svg).toContain(`<desc>${a.textalternative}</desc>`);
      const breite = Number(/^<svg [^>]* width="([\d.]+)"/.exec(svg)?.[1]);
      expect(breite, `Abbildung ${a.nummer} so breit wie die Textspalte`).toBe(640);
      expect(Number(/^<svg [^>]* height="([\d.]+)"/.exec(svg)?.[1])).toBeLessThanOrEqual(600);
    }
    const leichtbau = abbildungen.some((a) => JSON.stringify(a.spec).includes('Leichtbau'));
    expect(leichtbau).toBe(false);
  });

  it('gives each year one colour across all charts (Abb. 1, 4, 7, 8), the report year darkest', () => {
    const jahresFarben = new Map<string, Set<string>>();
    const mitJahren = new Set<number>();
    const durchlaufe = (wert: unknown, nummer: number): void => {
      if (Array.isArray(wert)) wert.forEach((w) => durchlaufe(w, nummer));
      else if (wert !== null && typeof wert === 'object') {
        const { domain, range } = wert as { domain?: unknown; range?: unknown };
        if (Array.isArray(domain) && Array.isArray(range) && domain.length > 0 && domain.every((d) => /^\d{4}$/.test(String(d)))) {
          mitJahren.add(nummer);
          domain.forEach((d, i) => jahresFarben.set(String(d), (jahresFarben.get(String(d)) ?? new Set()).add(String(range[i]))));
        }
        Object.values(wert).forEach((w) => durchlaufe(w, nummer));
      }
    };
    for (const a of abbildungen) durchlaufe(a.spec, a.nummer);
    expect([...mitJahren].sort()).toEqual([1, 4, 7, 8]);
    expect(Object.fromEntries([...jahresFarben].map(([j, f]) => [j, [...f]]))).toEqual({
      '2017': ['#b3dce5'],
      '2018': ['#2f8aa3'],
      '2019': ['#0b2f4f'],
    });
  });

  it('aligns the two panel titles of Abbildung 1 on one line', async () => {
    const svg = await render(abbildungen[0] as Abbildung);
    // Absolute y of each bold title: the sum of the translations of its enclosing groups.
    const ys: Record<string, number> = {};
    const stapel: number[] = [];
    for (const m of svg.matchAll(/<g\b([^>]*)>|<\/g>|<text([^>]*font-weight="600"[^>]*)>([^<]*)<\/text>/g)) {
      const dy = (attribute: string | undefined): number => Number(/transform="translate\([-\d.]+,([-\d.]+)\)"/.exec(attribute ?? '')?.[1] ?? 0);
      if (m[0] === '</g>') stapel.pop();
      else if (m[0].startsWith('<g')) stapel.push(dy(m[1]));
      else ys[m[3] ?? ''] = stapel.reduce((a, b) => a + b, 0) + dy(m[2]);
    }
    expect(ys['Projekte im Berichtszeitraum 2019']).toBeDefined();
    expect(ys['Neu initiierte Projekte 2017–2019']).toBe(ys['Projekte im Berichtszeitraum 2019']);
  });

  it('renders byte-identical SVGs for the same Kennzahlen', async () => {
    const nochmal = ewmAbbildungen(kennzahlenIp2019(), kontext);
    expect(JSON.stringify(nochmal)).toBe(JSON.stringify(abbildungen));
    for (const [i, a] of abbildungen.entries()) expect(await render(nochmal[i] as Abbildung)).toBe(await render(a));
  });

  it('renders all-zero Kennzahlen without NaN or division by zero', async () => {
    const leer = ewmAbbildungen(alleNull(IP, 2019), kontext);
    expect(leer).toHaveLength(8);
    expect(leer[4]?.textalternative).toContain('2019: neu initiierte Projekte 0, davon Cross Cluster-Projekte 0 (Anteil –)');
    for (const a of leer) {
      const svg = await render(a);
      expect(svg).not.toMatch(/NaN|undefined|Infinity|…/);
      if (a.nummer === 2) expect(texte(svg)).toContain('0,0');
      if (a.nummer === 5) expect(texte(svg)).toContain('Cross Cluster-Anteil: –');
    }
  });

  it('fails with the missing key when a Kennzahl is absent', () => {
    const k = kennzahlenIp2019();
    delete k['projekte.neu.2019.status.abgesagt'];
    expect(() => ewmAbbildungen(k, kontext)).toThrow('Kennzahl fehlt oder ist keine Zahl: projekte.neu.2019.status.abgesagt');
  });

  it('shows each Handlungsfeld only in the years it is valid', () => {
    const cluster: Cluster = {
      ...IP,
      handlungsfelder: [
        { slug: 'alt', name: 'Altes Feld', bis: 2017 },
        { slug: 'industrie-4-0', name: 'Industrie 4.0' },
        { slug: 'neu', name: 'Neues Feld', ab: 2019 },
      ],
    };
    const k = alleNull(cluster, 2019);
    k['projekte.neu.2017.handlungsfeld.alt'] = 4;
    const abb4 = ewmAbbildungen(k, { jahr: 2019, cluster })[3] as Abbildung;
    expect(abb4.textalternative).toBe(
      'Neu initiierte Projekte nach Handlungsfeldern: Altes Feld: 2017: 4; Industrie 4.0: 2017: 0, 2018: 0, 2019: 0; ' +
        'Neues Feld: 2019: 0; gesamtclusterbezogen/handlungsfeldübergreifend: 2017: 0, 2018: 0, 2019: 0.',
    );
    const abb7 = ewmAbbildungen(k, { jahr: 2019, cluster })[6] as Abbildung;
    expect(abb7.textalternative).not.toContain('Altes Feld');
  });

  it('keeps markup in Handlungsfeld names literal in the SVG', async () => {
    const boese = 'Forschung & </svg><script>alert(1)</script>';
    const cluster: Cluster = { ...IP, handlungsfelder: [{ slug: 'x', name: boese }] };
    const a = ewmAbbildungen(alleNull(cluster, 2019), { jahr: 2019, cluster })[3] as Abbildung;
    const svg = await render(a);
    expect(svg).not.toContain('<script');
    expect(svg.match(/<\/svg>/g)).toHaveLength(1);
    expect(svg).toContain('Forschung &amp; &lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;: 2017: 0');
    // The label is wrapped after the slash, into two lines of the same text element.
    expect(texte(svg).join('|')).toContain('Forschung &amp; &lt;/|svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
