import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ladeClusterberichtTexte, TEXT_KAPITEL } from '../../../src/clusterbericht/texte/lade-clusterbericht-texte.js';
import { formatiereProblem } from '../../../src/fehler.js';

const dir = mkdtempSync(join(tmpdir(), 'cb-texte-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KENNZAHLEN = {
  'veranstaltungen.teilnehmende': 1307,
  'veranstaltungen.anzahl': 12,
  'veranstaltungen.durchgefuehrt': 9,
  'eckdaten.personal_mannjahre': 2.25,
  'investitionen.volumen': 603_000_000,
};

/** Writes the texts of cluster `slug` 2015 and loads them. */
async function lade(slug: string, dateien: Record<string, string>): Promise<{ texte: Record<string, string>; zeilen: string[] }> {
  const ordner = join(dir, 'texte', '2015', slug);
  mkdirSync(ordner, { recursive: true });
  for (const [name, inhalt] of Object.entries(dateien)) writeFileSync(join(ordner, name), inhalt);
  const { texte, probleme } = await ladeClusterberichtTexte(dir, 2015, slug, KENNZAHLEN);
  return { texte, zeilen: probleme.map(formatiereProblem) };
}

describe('ladeClusterberichtTexte (the generic text helpers of src/texte)', () => {
  it('writes Kennzahlen in German notation, marked with their keys, and the phrase helpers as the EWM texts do', async () => {
    const { texte, zeilen } = await lade('werte', {
      'vorbemerkung.md': 'Wir hatten {{kennzahl "veranstaltungen.teilnehmende"}} Gäste und {{ kennzahl "eckdaten.personal_mannjahre" }} Mannjahre.\n',
      'veranstaltungen.md': '{{anteil "veranstaltungen.durchgefuehrt" "veranstaltungen.anzahl"}} Veranstaltungen, {{betrag "investitionen.volumen"}}.\n',
    });
    expect(texte.vorbemerkung).toContain('Wir hatten <span class="kennzahl" data-kennzahl="veranstaltungen.teilnehmende">1.307</span>\u00a0Gäste');
    expect(texte.vorbemerkung).toContain('<span class="kennzahl" data-kennzahl="eckdaten.personal_mannjahre">2,25</span>\u00a0Mannjahre.');
    expect(texte.veranstaltungen).toContain('9\u00a0von\u00a012</span>\u00a0Veranstaltungen');
    expect(texte.veranstaltungen).toContain('603,0 Millionen Euro</span>');
    expect(zeilen.filter((z) => !z.includes('Text fehlt'))).toEqual([]);
  });

  it('reports every faulty call with file and line (front matter counted) and the nearest keys', async () => {
    const { texte, zeilen } = await lade('fehler', {
      'ausblick.md': '---\nautor: x\n---\nErste Zeile\n\nZweite {{kennzahl "veranstaltungen.teilnehmer"}}\n{{kennzahll "veranstaltungen.anzahl"}} {{anteil "veranstaltungen.anzahl"}}\n{{kennzahl veranstaltungen.anzahl}} und {{ offen\n',
    });
    const d = 'texte/2015/fehler/ausblick.md';
    expect(zeilen).toEqual(expect.arrayContaining([
      `${d}:2: Unbekannter Front-Matter-Schlüssel "autor" wird ignoriert.`,
      `${d}:6: Unbekannte Kennzahl „veranstaltungen.teilnehmer“. Ähnliche Kennzahlen: veranstaltungen.teilnehmende, veranstaltungen.anzahl, veranstaltungen.durchgefuehrt (alle Schlüssel stehen in kennzahlen.json)`,
      `${d}:7: Unbekannter Helfer „kennzahll“. Meinten Sie „kennzahl“? Erlaubt: kennzahl, zahl, betrag, prozent, anteil, veraenderung, differenz, anzahl, z. B. {{kennzahl "veranstaltungen.teilnehmende"}}`,
      `${d}:7: „anteil“ braucht 2 Argumente, erhalten: 1. Aufruf: {{anteil "teil" "ganzes"}}`,
      `${d}:8: Argument 1 von „kennzahl“ muss in Anführungszeichen stehen: "veranstaltungen.anzahl". Aufruf: {{kennzahl "veranstaltungen.teilnehmende"}}`,
      `${d}:8: „{{“ ohne schließendes „}}“ in derselben Zeile (für ein wörtliches „{{“ schreiben Sie „\\{{“)`,
    ]));
    // a faulty call stays as written (the run stops before anything is written)
    expect(texte.ausblick).toContain('{{kennzahl &quot;veranstaltungen.teilnehmer&quot;}}');
  });

  it('shows hostile content literally: raw HTML, template syntax and script stay text', async () => {
    const { texte, zeilen } = await lade('feindlich', {
      'portal.md': '<script>alert(1)</script> <b>fett</b> \\{{{kennzahl "x"}}} [Link](javascript:alert(1)) ![Bild](https://a.de/x.png)\n\n{{#each kennzahlen}}x{{/each}}\n',
    });
    expect(texte.portal).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;fett&lt;/b&gt;');
    expect(texte.portal).not.toMatch(/<script|<b>|href="javascript|<img/);
    expect(texte.portal).toContain('{{{kennzahl &quot;x&quot;}}}');
    expect(zeilen).toContain('texte/2015/feindlich/portal.md:3: Unbekannter Helfer „#each“. Meinten Sie „zahl“? Erlaubt: kennzahl, zahl, betrag, prozent, anteil, veraenderung, differenz, anzahl, z. B. {{kennzahl "veranstaltungen.teilnehmende"}}');
  });

  it('a missing or empty text is a warning and a visible placeholder', async () => {
    const { texte, zeilen } = await lade('luecken', { 'vorbemerkung.md': '  \n' });
    expect(zeilen).toContain('texte/2015/luecken/vorbemerkung.md: Text fehlt (Datei ist leer); der Bericht zeigt einen Platzhalter.');
    expect(zeilen.filter((z) => z.includes('Text fehlt'))).toHaveLength(Object.keys(TEXT_KAPITEL).length);
    expect(texte.portal).toContain('[Text fehlt: texte/2015/luecken/portal.md]');
  });
});
