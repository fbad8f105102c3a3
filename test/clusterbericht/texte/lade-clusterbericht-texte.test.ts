import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ladeClusterberichtTexte, TEXT_KAPITEL } from '../../../src/clusterbericht/texte/lade-clusterbericht-texte.js';
import { formatiereProblem } from '../../../src/fehler.js';

const dir = mkdtempSync(join(tmpdir(), 'cb-texte-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ladeClusterberichtTexte', () => {
  it('replaces {{kennzahl "…"}}, reports unknown keys with their line and missing texts as warnings', async () => {
    const ordner = join(dir, 'texte', '2015', 'x');
    mkdirSync(ordner, { recursive: true });
    writeFileSync(join(ordner, 'vorbemerkung.md'), 'Wir hatten {{kennzahl "veranstaltungen.teilnehmende"}} Gäste und {{ kennzahl "eckdaten.personal_mannjahre" }} Mannjahre.\n\n<b>fett</b>\n');
    writeFileSync(join(ordner, 'ausblick.md'), '---\nautor: x\n---\nErste Zeile\n\nZweite {{kennzahl "gibt.es.nicht"}}\n');
    const { texte, probleme } = await ladeClusterberichtTexte(dir, 2015, 'x', { 'veranstaltungen.teilnehmende': 1307, 'eckdaten.personal_mannjahre': 2.25 });
    expect(texte.vorbemerkung).toContain('Wir hatten 1.307 Gäste und 2,25 Mannjahre.');
    expect(texte.vorbemerkung).toContain('&lt;b&gt;fett&lt;/b&gt;');
    expect(texte.ausblick).toContain('[Kennzahl fehlt: gibt.es.nicht]');
    const zeilen = probleme.map(formatiereProblem);
    expect(zeilen).toContain('texte/2015/x/ausblick.md:6: Die Kennzahl "gibt.es.nicht" gibt es nicht (Schreibweise wie in kennzahlen.json, z. B. "veranstaltungen.teilnehmende")');
    expect(zeilen).toContain('texte/2015/x/ausblick.md: Unbekannter Front-Matter-Schlüssel "autor" wird ignoriert.');
    expect(probleme.filter((p) => p.schwere === 'warnung' && p.meldung.startsWith('Text fehlt'))).toHaveLength(Object.keys(TEXT_KAPITEL).length - 2);
    expect(texte.portal).toContain('[Text fehlt: texte/2015/x/portal.md]');
  });
});
