import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatiereProblem } from '../../src/fehler.js';
import { ladeTexte } from '../../src/ewm/texte/lade-texte.js';

let verzeichnis: string;
const ORDNER = 'texte/2019/industrielle-produktion';

async function schreibe(relativ: string, inhalt: string): Promise<void> {
  const datei = path.join(verzeichnis, ORDNER, relativ);
  await mkdir(path.dirname(datei), { recursive: true });
  await writeFile(datei, inhalt, 'utf8');
}

beforeEach(async () => {
  verzeichnis = await mkdtemp(path.join(tmpdir(), 'ewm-texte-'));
});
afterEach(async () => {
  await rm(verzeichnis, { recursive: true, force: true });
});

describe('ladeTexte', () => {
  it('warns about every missing text and leaves visible placeholders', async () => {
    const { texte, probleme } = await ladeTexte(verzeichnis, 2019, 'industrielle-produktion');
    expect(probleme.map(formatiereProblem)).toEqual([
      'texte/2019/industrielle-produktion/ueberblick.md: Text fehlt (Datei nicht gefunden); der Bericht zeigt einen Platzhalter.',
      'texte/2019/industrielle-produktion/fazit.md: Text fehlt (Datei nicht gefunden); der Bericht zeigt einen Platzhalter.',
      'texte/2019/industrielle-produktion/erfolgsbeispiele/*.md: Text fehlt: keine Erfolgsbeispiele gefunden; der Bericht zeigt einen Platzhalter.',
    ]);
    expect(probleme.every((p) => p.schwere === 'warnung')).toBe(true);
    expect(texte.fazit).toEqual({
      datei: 'texte/2019/industrielle-produktion/fazit.md',
      html: '<p class="platzhalter">[Text fehlt: texte/2019/industrielle-produktion/fazit.md]</p>\n',
      fehlt: true,
    });
    expect(texte.erfolgsbeispiele).toEqual([]);
    expect(texte.erfolgsbeispielePlatzhalter).toContain('[Text fehlt: texte/2019/industrielle-produktion/erfolgsbeispiele/*.md]');
  });

  it('treats an empty file as missing', async () => {
    await schreibe('fazit.md', '  \n');
    const { texte, probleme } = await ladeTexte(verzeichnis, 2019, 'industrielle-produktion');
    expect(texte.fazit.fehlt).toBe(true);
    expect(probleme.map((p) => p.meldung)).toContain('Text fehlt (Datei ist leer); der Bericht zeigt einen Platzhalter.');
  });

  it('renders Markdown with its shallowest heading placed just below the chapter', async () => {
    await schreibe('ueberblick.md', '# Schwerpunkte\n\nDas **Teilthema** wächst.\n');
    await schreibe('fazit.md', '## Ausblick\n\nWeiter so.\n\n### Detail\n');
    const { texte } = await ladeTexte(verzeichnis, 2019, 'industrielle-produktion');
    expect(texte.ueberblick.html).toBe('<h2>Schwerpunkte</h2>\n<p>Das <strong>Teilthema</strong> wächst.</p>\n');
    expect(texte.fazit.html).toBe('<h3>Ausblick</h3>\n<p>Weiter so.</p>\n<h4>Detail</h4>\n');
    expect(texte.ueberblick.fehlt).toBe(false);
  });

  it('escapes raw HTML, drops images and unsafe links', async () => {
    await schreibe(
      'ueberblick.md',
      '<script>alert(1)</script>\n\nText <img src=http://example.org/x.png> und <b>fett</b>.\n\n![Logo](http://example.org/l.png) [klick](javascript:alert(1)) [ok](https://example.org)\n',
    );
    const { texte } = await ladeTexte(verzeichnis, 2019, 'industrielle-produktion');
    const html = texte.ueberblick.html;
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=http://example.org/x.png&gt;');
    expect(html).toContain('&lt;b&gt;fett&lt;/b&gt;');
    expect(html).toContain('[Bild: Logo]');
    expect(html).toContain('klick');
    expect(html).toContain('<a href="https://example.org">ok</a>');
  });

  it('reads Erfolgsbeispiele sorted by file name with their front matter', async () => {
    await schreibe('erfolgsbeispiele/02-b.md', '---\ntitel: Veranstaltungsreihe „Industry meets IT“\nschwerpunktthema: Digitalisierung\nleitlinie: cross_cluster_staerken\n---\nText B\n');
    await schreibe('erfolgsbeispiele/01-a.md', '---\ntitel: "EU-Förderprogramm „AMable“"\nschwerpunktthema: [startups_gruendungen]\nleitlinie: Internationaler aufstellen\nprojekt: P-2019-07\n---\n# Zwischentitel\n\nText A\n');
    await schreibe('erfolgsbeispiele/notiz.txt', 'kein Markdown');
    const { texte, probleme } = await ladeTexte(verzeichnis, 2019, 'industrielle-produktion');
    expect(probleme.filter((p) => p.datei.includes('erfolgsbeispiele'))).toEqual([]);
    expect(texte.erfolgsbeispiele).toEqual([
      {
        datei: 'texte/2019/industrielle-produktion/erfolgsbeispiele/01-a.md',
        titel: 'EU-Förderprogramm „AMable“',
        schwerpunktthemen: ['Startups und Gründungen'],
        leitlinien: ['Internationaler aufstellen'],
        projekt: 'P-2019-07',
        html: '<h4>Zwischentitel</h4>\n<p>Text A</p>\n',
      },
      {
        datei: 'texte/2019/industrielle-produktion/erfolgsbeispiele/02-b.md',
        titel: 'Veranstaltungsreihe „Industry meets IT“',
        schwerpunktthemen: ['Digitalisierung'],
        leitlinien: ['Cross Cluster stärken'],
        html: '<p>Text B</p>\n',
      },
    ]);
    expect(texte.erfolgsbeispielePlatzhalter).toBeUndefined();
  });

  it('reports bad YAML as an error with the line in the file', async () => {
    await schreibe('erfolgsbeispiele/01-a.md', '---\ntitel: Gut\nleitlinie: [offen\n---\nText\n');
    const { texte, probleme } = await ladeTexte(verzeichnis, 2019, 'industrielle-produktion');
    const fehler = probleme.filter((p) => p.schwere === 'fehler');
    expect(fehler).toHaveLength(1);
    expect(fehler[0]?.datei).toBe('texte/2019/industrielle-produktion/erfolgsbeispiele/01-a.md');
    expect(fehler[0]?.zeile).toBeGreaterThanOrEqual(3);
    expect(fehler[0]?.zeile).toBeLessThanOrEqual(4);
    expect(fehler[0]?.meldung).toMatch(/^Front Matter ist kein gültiges YAML: /);
    expect(texte.erfolgsbeispiele).toEqual([]);
  });

  it('reports an unclosed front matter, a missing title and unknown values', async () => {
    await schreibe('fazit.md', '---\ntitel: x\nText ohne Ende\n');
    await schreibe('erfolgsbeispiele/01-a.md', '---\nschwerpunktthema: Raumfahrt\nfarbe: blau\n---\nText\n');
    const { probleme } = await ladeTexte(verzeichnis, 2019, 'industrielle-produktion');
    const zeilen = probleme.filter((p) => !p.meldung.startsWith('Text fehlt')).map(formatiereProblem);
    expect(zeilen).toEqual([
      'texte/2019/industrielle-produktion/fazit.md:1: Front Matter ohne abschließende Zeile "---".',
      'texte/2019/industrielle-produktion/erfolgsbeispiele/01-a.md:3: Unbekannter Front-Matter-Schlüssel "farbe" wird ignoriert. Erlaubt: titel, schwerpunktthema, leitlinie, projekt',
      'texte/2019/industrielle-produktion/erfolgsbeispiele/01-a.md:1: Front Matter: "titel" fehlt oder ist kein Text.',
      'texte/2019/industrielle-produktion/erfolgsbeispiele/01-a.md:2: Front Matter: "Raumfahrt" ist kein bekannter Wert für "schwerpunktthema" und wird unverändert gezeigt. Bekannt: Digitalisierung, Reallabore und Testfelder, Arbeit 4.0 und Fachkräfte, Startups und Gründungen',
    ]);
    expect(probleme.find((p) => p.datei.endsWith('fazit.md'))?.schwere).toBe('fehler');
  });
});
