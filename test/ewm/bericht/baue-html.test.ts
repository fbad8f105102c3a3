import { describe, expect, it } from 'vitest';
import { baueEwmHtml } from '../../../src/ewm/bericht/baue-html.js';
import { daten, eingabe, IP, KENNZAHLEN, REGISTRY } from './fixture.js';

const html = baueEwmHtml(eingabe(), new Map());

/** The rows of one table as arrays of cell texts. */
function zeilen(dokument: string, id: string): string[][] {
  const tabelle = new RegExp(`<table class="tabelle" id="${id}">([\\s\\S]*?)</table>`).exec(dokument)?.[1] ?? '';
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(tabelle)?.[1] ?? '';
  return [...body.matchAll(/<tr class="(\w+)">([\s\S]*?)<\/tr>/g)].map((m) => [
    m[1]!,
    ...[...m[2]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((z) => z[1]!),
  ]);
}

describe('baueEwmHtml: structure', () => {
  it('is one German HTML document with title, cover and impressum', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="de">')).toBe(true);
    expect(html).toContain('<title>Jahresbericht 2019 zum Ergebnis- und Wirkungsmonitoring – Industrielle Produktion Berlin</title>');
    expect(html).toContain('<p class="titel"><span>Jahresbericht 2019 zum</span> <span>Ergebnis- und Wirkungsmonitoring</span></p>');
    expect(html).toContain('<p class="management">Industrielle Produktion Berlin</p>');
    expect(html).toContain('<p class="datum">15.07.2020</p>');
    expect(html).toContain('<p class="adresse">Land Berlin<br>vertreten durch die Senatsverwaltung für Wirtschaft, Energie und Betriebe</p>');
    expect(html).toContain('<p class="foerderhinweis">Dieser Bericht wurde aus Mitteln der Länder Berlin und Brandenburg gefördert.</p>');
    expect(html).toContain('/* schrift */');
    expect(html).toContain('/* seite */');
    expect(html).toContain("font-family: 'Source Sans 3';");
  });

  it('numbers the chapters exactly as the table of contents lists them', () => {
    for (const [id, text] of [
      ['kapitel-1', '1 Das Teilthema Industrielle Produktion im Überblick'],
      ['kapitel-2', '2 Methodische Hinweise'],
      ['kapitel-3', '3 Entwicklungen im Jahr 2019'],
    ]) {
      expect(html).toContain(`<h1 id="${id}">${text}</h1>`);
    }
    expect(html).toContain('<h2 id="kapitel-3-1">3.1 Aktivitäten zur Initiierung und Begleitung von Projekten</h2>');
    expect(html).toContain('<h2 id="kapitel-3-5">3.5 Erfolgsbeispiele</h2>');
  });

  it('shows "00" in the contents on the first pass and the PDF pages on the second', () => {
    const eintraege = [...html.matchAll(/<span class="nr">([\d.]+)<\/span><span class="titel">([^<]+)<\/span>.*?<span class="seite" data-seite-von="[^"]*">(\d+)<\/span>/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    expect(eintraege).toEqual([
      '1 Das Teilthema Industrielle Produktion im Überblick 00',
      '2 Methodische Hinweise 00',
      '3 Entwicklungen im Jahr 2019 00',
      '3.1 Aktivitäten zur Initiierung und Begleitung von Projekten 00',
      '3.2 Sonstige Aktivitäten 00',
      '3.3 Beteiligte Akteursgruppen 00',
      '3.4 Fazit und Ausblick 00',
      '3.5 Erfolgsbeispiele 00',
    ]);
    const seiten = new Map([
      ['1 Das Teilthema Industrielle Produktion im Überblick', 4],
      ['3.1 Aktivitäten zur Initiierung und Begleitung von Projekten', 8],
      ['3.5 Erfolgsbeispiele', 22],
    ]);
    const zweiter = baueEwmHtml(eingabe(), seiten);
    expect(zweiter).toContain('<span class="titel">Das Teilthema Industrielle Produktion im Überblick</span><span class="fuehrung" aria-hidden="true"></span><span class="seite" data-seite-von="1 Das Teilthema Industrielle Produktion im Überblick">4</span>');
    expect(zweiter).toContain('<span class="titel">Aktivitäten zur Initiierung und Begleitung von Projekten</span><span class="fuehrung" aria-hidden="true"></span><span class="seite" data-seite-von="3.1 Aktivitäten zur Initiierung und Begleitung von Projekten">8</span>');
    expect(zweiter).toContain('<span class="titel">Erfolgsbeispiele</span><span class="fuehrung" aria-hidden="true"></span><span class="seite" data-seite-von="3.5 Erfolgsbeispiele">22</span>');
    expect(zweiter).toContain('<span class="titel">Methodische Hinweise</span><span class="fuehrung" aria-hidden="true"></span><span class="seite" data-seite-von="2 Methodische Hinweise">00</span>');
  });

  it('is deterministic', () => {
    expect(baueEwmHtml(eingabe(), new Map())).toBe(html);
  });
});

describe('baueEwmHtml: computed sentences', () => {
  it.each([
    'Im Berichtsjahr 2019 hat das Teilthemenmanagement Industrielle Produktion insgesamt 16 Projekte begleitet, von denen 15 Projekte im Jahresverlauf neu initiiert worden waren (vgl. Abbildung 1). Damit hat sich die Anzahl der neu initiierten Projekte im Vergleich zum Vorjahr verdreifacht.',
    'Den Status der im Jahr 2019 neu initiierten Projekte zum Zeitpunkt der Berichterstellung zeigt ebenfalls Abbildung 1: 3 Projekte waren bereits regulär beendet, 6 Projekte befanden sich in der Umsetzung („begonnen/laufend“), für 5 Projekte waren Anträge gestellt und ein Projekt befand sich noch in Vorbereitung.',
    'Im Berichtsjahr 2019 hat das Teilthemenmanagement Industrielle Produktion Projekte mit einem Volumen von insgesamt 69,2 Millionen Euro neu initiiert (vgl. Abbildung 2).',
    'Damit hat sich das Projektvolumen der neu initiierten Projekte im Vergleich zum Vorjahr mehr als verzehnfacht (2018: 1,2 Millionen Euro).',
    'Der Anteil des Projektvolumens, für das eine öffentliche Förderung sichergestellt oder angestrebt wurde, ist von 75 Prozent im Vorjahr auf 67 Prozent im Jahr 2019 gesunken.',
    'Von den 15 im Jahr 2019 neu initiierten Projekten waren 11 Forschungs-, Entwicklungs- und Innovationsprojekte (FuEuI-Projekte; vgl. Abbildung 3). Damit hat sich die Anzahl der neu initiierten FuEuI-Projekte im Vergleich zum Vorjahr mehr als verdoppelt (2018: 5 FuEuI-Projekte).',
    'Bei den Fördergebern lag „Land Berlin“ vorn (5 von 11 FuEuI-Projekten), gefolgt von „EU“ (4), „Bund“ (1) und „keine öffentliche Förderung“ (1).',
    'Die meisten der im Berichtsjahr 2019 neu initiierten Projekte entfielen auf das Handlungsfeld „Additive Fertigung“ (8 von 15; vgl. Abbildung 4).',
    'Unter den 15 im Jahr 2019 neu initiierten Projekten waren 9 Cross Cluster-Projekte (vgl. Abbildung 5). Damit sind im Vergleich zum Vorjahr sowohl ihre Anzahl (+\u00a08 Projekte) als auch ihr Anteil an den neu initiierten Projekten (von 20 % auf 60 %) gestiegen.',
    'Die Beteiligungen anderer Cluster und Teilthemen an den neu initiierten Cross Cluster-Projekten summieren sich im Jahr 2019 auf 13 (vgl. Tabelle 1); da sich an einem Vorhaben mehrere Managements beteiligen können, übersteigt diese Summe die Anzahl der Cross Cluster-Projekte (9; vgl. Kapitel 2).',
    'Am häufigsten beteiligt waren das Clustermanagement Energietechnik und das Clustermanagement Optik und Photonik (je 4 Beteiligungen).',
    'Im Berichtsjahr 2019 hat das Teilthemenmanagement Industrielle Produktion insgesamt 13 Sonstige Aktivitäten neu initiiert (vgl. Abbildung 6). Gegenüber dem Vorjahr bedeutet das einen Rückgang um 3 neu initiierte Sonstige Aktivitäten bzw. um 19 Prozent.',
    'Damit sind im Vergleich zum Vorjahr sowohl ihre Anzahl (+\u00a02 Sonstige Aktivitäten) als auch ihr Anteil an den neu initiierten Sonstigen Aktivitäten (von 44 % auf 69 %) gestiegen.',
    'Den größten Zuwachs gegenüber dem Vorjahr verzeichnete das Clustermanagement IKT, Medien und Kreativwirtschaft (+\u00a02 Beteiligungen).',
    'Die Anzahl der an den neu initiierten Projekten und Sonstigen Aktivitäten beteiligten Akteure ist von 46 im Jahr 2018 auf 110 im Berichtsjahr 2019 gestiegen (vgl. Abbildung 8). Das entspricht einem Zuwachs um 64 Akteure bzw. 139 Prozent.',
    'Der Zuwachs der beteiligten Akteure (+\u00a064 Akteure) geht vor allem auf die gestiegene Anzahl beteiligter Unternehmen zurück (+\u00a031 Akteure; vgl. Tabelle 3). Auch die Anzahl beteiligter Hochschulen und Forschungsinstitute ist gestiegen (+\u00a027 Akteure).',
    'Erstmals beteiligt waren im Berichtsjahr 2019 Netzwerke sowie Landkreise und Kommunen.',
    'Für die Projekte stellt dieser Bericht die Jahre 2017 und 2018 zum Vergleich dar, für die Sonstigen Aktivitäten und die beteiligten Akteure das Vorjahr 2018.',
    'Ausgewertet wurde der Berichtszeitraum vom 01.01.2019 bis zum 31.12.2019.',
  ])('contains: %s', (satz) => {
    expect(html).toContain(satz);
  });

  it('handles a previous year of 0 and singular counts', () => {
    const k = {
      ...KENNZAHLEN,
      'projekte.neu.2018': 0,
      'projekte.neu.2018.crosscluster': 0,
      'projekte.neu.2019.crosscluster': 1,
      'aktivitaeten.neu.2018': 0,
      'aktivitaeten.neu.2019': 1,
      'aktivitaeten.neu.2019.crosscluster': 1,
    };
    const h = baueEwmHtml(eingabe({ kennzahlen: k }), new Map());
    expect(h).toContain('Damit ist die Anzahl der neu initiierten Projekte im Vergleich zum Vorjahr erstmals von null auf 15 gestiegen.');
    expect(h).toContain('Unter den 15 im Jahr 2019 neu initiierten Projekten war ein Cross Cluster-Projekt (vgl. Abbildung 5). Im Vorjahr waren keine Projekte neu initiiert worden, sodass sich kein Anteil vergleichen lässt.');
    expect(h).toContain('insgesamt eine Sonstige Aktivität neu initiiert (vgl. Abbildung 6). Im Vorjahr waren noch keine Sonstigen Aktivitäten neu initiiert worden.');
    expect(h).toContain('Die im Jahr 2019 neu initiierte Sonstige Aktivität war eine Cross Cluster-Sonstige Aktivität (vgl. Abbildung 6).');
    expect(h).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('baueEwmHtml: tables', () => {
  it('Tabelle 1: other managements with any participation, alphabetical, Summe, en dash for zero', () => {
    expect(zeilen(html, 'tabelle-1')).toEqual([
      ['gruppe', 'Energietechnik', '–', '–', '4'],
      ['gruppe', 'Gesundheitswirtschaft', '–', '–', '2'],
      ['gruppe', 'IKT, Medien und Kreativwirtschaft', '–', '–', '1'],
      ['gruppe', 'Optik und Photonik', '–', '–', '4'],
      ['gruppe', 'Smart Cities', '–', '–', '1'],
      ['gruppe', 'Verkehr, Mobilität und Logistik', '–', '1', '1'],
      ['summe', 'Summe', '–', '1', '13'],
    ]);
    expect(html).toContain('<caption>Tabelle 1: Anzahl Beteiligungen anderer Cluster und Teilthemen an den neu initiierten Cross Cluster-Projekten im Jahresvergleich 2017–2019</caption>');
  });

  it('Tabelle 2: Sonstige Aktivitäten, two years', () => {
    expect(zeilen(html, 'tabelle-2')).toEqual([
      ['gruppe', 'Clean Technologies', '–', '1'],
      ['gruppe', 'Energietechnik', '–', '1'],
      ['gruppe', 'Gesundheitswirtschaft', '2', '2'],
      ['gruppe', 'IKT, Medien und Kreativwirtschaft', '3', '5'],
      ['gruppe', 'Optik und Photonik', '3', '4'],
      ['gruppe', 'Verkehr, Mobilität und Logistik', '2', '–'],
      ['summe', 'Summe', '10', '13'],
    ]);
  });

  it('Tabelle 3: actor types with the four size classes, fixed rows, Summe', () => {
    expect(zeilen(html, 'tabelle-3')).toEqual([
      ['gruppe', 'Hochschule/Forschungsinstitut', '7', '34', '2', '20'],
      ['gruppe', 'Unternehmen', '37', '68', '1', '17'],
      ['davon', 'davon mit 1 bis 9 Beschäftigten', '–', '8', '–', '4'],
      ['davon', 'davon mit 10 bis 49 Beschäftigten', '5', '19', '–', '7'],
      ['davon', 'davon mit 50 bis 249 Beschäftigten', '8', '12', '–', '–'],
      ['davon', 'davon mit 250 und mehr Beschäftigten', '24', '29', '1', '6'],
      ['gruppe', 'Verein', '2', '4', '–', '1'],
      ['gruppe', 'Netzwerk', '–', '2', '–', '–'],
      ['gruppe', 'Landkreis/Kommune', '–', '2', '–', '–'],
      ['summe', 'Summe', '46', '110', '3', '38'],
    ]);
    expect(html).toContain('<th scope="colgroup" colspan="2">Projekte und Sonstige Aktivitäten (gesamt)</th><th scope="colgroup" colspan="2">davon Projekte</th>');
  });

  it('Tabelle 3 shows further actor types only when not zero', () => {
    const h = baueEwmHtml(eingabe({ kennzahlen: { ...KENNZAHLEN, 'akteure.2019.typ.oeffentliche_verwaltung': 3 } }), new Map());
    expect(zeilen(h, 'tabelle-3').map((z) => z[1])).toContain('Öffentliche Verwaltung');
    expect(zeilen(html, 'tabelle-3').map((z) => z[1])).not.toContain('Öffentliche Verwaltung');
  });
});

describe('baueEwmHtml: figures, texts, placeholders', () => {
  it('inlines each SVG in a figure with caption and text alternative', () => {
    expect(html).toContain('<figure class="abbildung" id="abbildung-1">\n  <figcaption>Abbildung 1: Titel 1</figcaption>\n  <div class="grafik" role="img" aria-label="Zahlen der Abbildung 1"><svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toContain('<?xml');
    expect(html.match(/<figure /g)).toHaveLength(8);
  });

  it('shows the analysts\' texts, Erfolgsbeispiele and placeholders', () => {
    expect(html).toContain('<p>Überblickstext.</p>');
    expect(html).toContain('[Text fehlt: texte/2019/industrielle-produktion/fazit.md]');
    expect(html).toContain('<p class="kennzeichnung">Schwerpunkt-Thema innoBB 2025: Startups und Gründungen</p>');
    expect(html).toContain('<p class="kennzeichnung">Leitlinie innoBB 2025: Internationaler aufstellen</p>');
    expect(html).toContain('<h3>EU-Förderprogramm „AMable“</h3>');
  });

  it('says what is missing instead of inventing it', () => {
    const h = baueEwmHtml(eingabe({ daten: daten({}), datum: undefined, abbildungen: [] }), new Map());
    expect(h).toContain('[Herausgeber fehlt: bericht.json, Feld „herausgeber“]');
    expect(h).toContain('[Redaktion und Layout fehlt: bericht.json, Feld „redaktion“]');
    expect(h).toContain('[Förderhinweis fehlt: bericht.json, Feld „foerderhinweis“]');
    expect(h).toContain('[Datum fehlt: bericht.json, Feld „veroeffentlichung“, oder Option --datum]');
    expect(h).toContain('<p class="platzhalter">[Abbildung 3 fehlt]</p>');
    expect(h).not.toContain('<meta name="author"');
  });
});

describe('baueEwmHtml: escaping', () => {
  it('escapes data and never evaluates template syntax in data', () => {
    const boese = { ...IP, name: '<script>alert(1)</script>' };
    const registry = REGISTRY.map((c) => (c.slug === 'energietechnik' ? { ...c, name: '{{#each}}x{{/each}} & Co' } : c.slug === IP.slug ? boese : c));
    const e = eingabe({ cluster: boese });
    e.daten = { ...daten({ herausgeber: ['<b>Amt</b>'] }), cluster: registry };
    e.texte = {
      ...e.texte,
      erfolgsbeispiele: [{ ...e.texte.erfolgsbeispiele[0]!, titel: '<img src=http://example.org/x.png>', leitlinien: ['{{> titelseite}}'] }],
    };
    const h = baueEwmHtml(e, new Map());
    expect(h).not.toContain('<script>alert(1)</script>');
    expect(h).toContain('<title>Jahresbericht 2019 zum Ergebnis- und Wirkungsmonitoring – &lt;script&gt;alert(1)&lt;/script&gt; Berlin</title>');
    expect(h).toContain('<h1 id="kapitel-1">1 Das Teilthema &lt;script&gt;alert(1)&lt;/script&gt; im Überblick</h1>');
    expect(h).toContain('<th scope="row">{{#each}}x{{/each}} &amp; Co</th>');
    expect(h).toContain('das Clustermanagement {{#each}}x{{/each}} &amp; Co');
    expect(h).toContain('<p class="adresse">&lt;b&gt;Amt&lt;/b&gt;</p>');
    expect(h).toContain('<h3>&lt;img src&#x3D;http://example.org/x.png&gt;</h3>');
    expect(h).toContain('Leitlinie innoBB 2025: {{&gt; titelseite}}');
    expect(h).not.toContain('<img');
  });
});
