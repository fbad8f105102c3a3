import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baueEwmHtml } from '../../../src/ewm/bericht/baue-html.js';
import { formatiereProblem } from '../../../src/fehler.js';
import { ladeTexte } from '../../../src/ewm/texte/lade-texte.js';
import { eingabe } from '../bericht/fixture.js';

let verzeichnis: string;
const ORDNER = 'texte/2019/industrielle-produktion';
const KENNZAHLEN = { 'projekte.neu.2018': 5, 'projekte.neu.2019': 15, 'projekte.neu.2019.projektvolumen': 69_240_000 };

async function schreibe(relativ: string, inhalt: string): Promise<void> {
  const datei = path.join(verzeichnis, ORDNER, relativ);
  await mkdir(path.dirname(datei), { recursive: true });
  await writeFile(datei, inhalt, 'utf8');
}

async function lade() {
  const { texte, probleme } = await ladeTexte(verzeichnis, 2019, 'industrielle-produktion', KENNZAHLEN);
  return { texte, meldungen: probleme.filter((p) => !/Text fehlt/.test(p.meldung)).map(formatiereProblem) };
}

beforeEach(async () => {
  verzeichnis = await mkdtemp(path.join(tmpdir(), 'ewm-abschnitte-'));
});
afterEach(async () => {
  await rm(verzeichnis, { recursive: true, force: true });
});

describe('analyst text slots in the computed sections', () => {
  it('are optional: without files every section shows only computed text', async () => {
    const { texte, meldungen } = await lade();
    expect(meldungen).toEqual([]);
    expect(texte.abschnitte.projekte).toEqual({ datei: `${ORDNER}/3-1-projekte.md`, einleitung: '', nach: {} });
  });

  it('split 3-1-projekte.md at its subheadings: the opening and the text after each computed paragraph', async () => {
    await schreibe('3-1-projekte.md', [
      '---', '---',
      'Die Zahl der Projekte hat sich {{veraenderung "projekte.neu.2018" "projekte.neu.2019"}}.',
      '',
      '## Neu initiierte Projekte im Teilthema Industrielle Produktion',
      'Siemensstadt 2.0.',
      '',
      '## Projekt- und Fördervolumina der neu initiierten Projekte',
      '',
      '### Ein Detail',
      'Zusammen {{betrag "projekte.neu.2019.projektvolumen"}}.',
    ].join('\n'));
    const { texte, meldungen } = await lade();
    expect(meldungen).toEqual([]);
    const p = texte.abschnitte.projekte;
    expect(p.einleitung).toBe('<p>Die Zahl der Projekte hat sich <span class="kennzahl" data-kennzahl="projekte.neu.2018 projekte.neu.2019">verdreifacht</span>.</p>\n');
    expect(p.nach.neu).toBe('<p>Siemensstadt 2.0.</p>\n');
    expect(p.nach.volumen).toBe('<h4>Ein Detail</h4>\n<p>Zusammen <span class="kennzahl" data-kennzahl="projekte.neu.2019.projektvolumen">69,2 Millionen Euro</span>.</p>\n');

    const html = baueEwmHtml(eingabe({ texte: { ...eingabe().texte, abschnitte: texte.abschnitte } }), new Map());
    const reihenfolge = ['<h2 id="kapitel-3-1"', 'hat sich <span', '<h3>Neu initiierte Projekte', 'Siemensstadt 2.0.', '<h3>Projekt- und Fördervolumina', 'id="abbildung-2"'];
    const stellen = reihenfolge.map((t) => html.indexOf(t));
    expect(stellen.every((s) => s > 0)).toBe(true);
    expect([...stellen].sort((a, b) => a - b)).toEqual(stellen);
    // the computed paragraph of the subheading comes before the analyst's text, the figure after it
    expect(html.indexOf('Zusammen <span')).toBeLessThan(html.indexOf('id="abbildung-2"'));
    expect(html.indexOf('Zusammen <span')).toBeGreaterThan(html.indexOf('<h3>Projekt- und Fördervolumina'));
  });

  it('an unknown or repeated subheading is an error naming file and line and listing the allowed ones', async () => {
    await schreibe('3-2-aktivitaeten.md', 'Text\n\n## Veranstaltungen\nx\n## Cross Cluster-Sonstige Aktivitäten\ny\n## Cross Cluster-Sonstige  Aktivitäten\nz\n');
    const { meldungen } = await lade();
    expect(meldungen).toEqual([
      `${ORDNER}/3-2-aktivitaeten.md:3: Unbekannte Zwischenüberschrift „Veranstaltungen“. Erlaubt sind: „## Neu initiierte Sonstige Aktivitäten“, „## Cross Cluster-Sonstige Aktivitäten“, „## Handlungsfelder der Sonstigen Aktivitäten“`,
      `${ORDNER}/3-2-aktivitaeten.md:7: Die Zwischenüberschrift „Cross Cluster-Sonstige  Aktivitäten“ steht zweimal in der Datei; jede darf nur einmal vorkommen.`,
    ]);
  });

  it('a {{kennzahl}} error in a slot names the file line after the front matter', async () => {
    await schreibe('3-3-akteure.md', '---\n---\n\n## Beteiligte Akteurstypen an den neu initiierten Projekten und Sonstigen Aktivitäten\n\n{{kennzahl "akteure.2091"}}\n');
    expect((await lade()).meldungen).toEqual([`${ORDNER}/3-3-akteure.md:6: Unbekannte Kennzahl „akteure.2091“. Ähnliche Kennzahlen: projekte.neu.2018, projekte.neu.2019, projekte.neu.2019.projektvolumen (alle Schlüssel stehen in kennzahlen.json)`]);
  });

  it('methodology addition and innoBB contribution are whole texts, the latter its own subsection', async () => {
    await schreibe('2-methodik.md', '## Hinweis\n2018 wurden Fakultäten einzeln gezählt.\n');
    await schreibe('3-4-innobb.md', 'Beitrag mit {{kennzahl "projekte.neu.2019"}} Projekten.\n');
    const { texte, meldungen } = await lade();
    expect(meldungen).toEqual([]);
    expect(texte.abschnitte.methodik.einleitung).toBe('<h4>Hinweis</h4>\n<p>2018 wurden Fakultäten einzeln gezählt.</p>\n');
    const html = baueEwmHtml(eingabe({ texte: { ...eingabe().texte, abschnitte: texte.abschnitte } }), new Map());
    expect(html).toMatch(/<h3>Das Teilthema Industrielle Produktion im Rahmen der Umsetzung der innoBB 2025<\/h3>\s*<div class="analystentext">\s*<p>Beitrag mit <span class="kennzahl" data-kennzahl="projekte.neu.2019">15<\/span>\u00a0Projekten\.<\/p>/);
    expect(html.indexOf('Fakultäten einzeln')).toBeLessThan(html.indexOf('id="kapitel-3"'));
  });

  it('a hostile text in a slot stays literal text', async () => {
    await schreibe('3-1-projekte.md', '<script>alert(1)</script> {{{kennzahl "x"}}} <img src="http://127.0.0.1/spion"> [x](javascript:alert(1))\n\n## Cross Cluster-Projekte\n<iframe src="http://127.0.0.1/"></iframe>\n');
    const { texte, meldungen } = await lade();
    expect(meldungen.length).toBe(1); // {{{kennzahl "x"}}}: the helper name "{kennzahl" is unknown
    const html = texte.abschnitte.projekte.einleitung + (texte.abschnitte.projekte.nach.crossCluster ?? '');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;iframe src=&quot;http://127.0.0.1/&quot;&gt;&lt;/iframe&gt;');
    expect(html).not.toMatch(/<(script|img|iframe)|href="javascript/);
  });
});
