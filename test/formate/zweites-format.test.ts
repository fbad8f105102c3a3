/**
 * A second report format registered in the test (see notiz-format.ts) goes through the generic layers
 * exactly like EWM: its own table in its own folder, validation with file:line and labels, `--alle`
 * over both formats in one run, `--berichtsformat`, `vergleich` of its schema.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baueProgramm } from '../../src/cli/programm.js';
import { meldeFehler } from '../../src/cli/fuehre-aus.js';
import { ewmFormat } from '../../src/ewm/ewm-format.js';
import { formatiereProblem } from '../../src/fehler.js';
import { ladeDaten } from '../../src/pruefen/lade-daten.js';
import { WURZEL } from '../hilfen/pfade.js';
import { notizFormat, NOTIZ_SCHEMA } from './notiz-format.js';

const FORMATE = [ewmFormat, notizFormat];
const tmp = mkdtempSync(path.join(tmpdir(), 'ewm-format-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const NOTIZ_CLUSTER = { slug: 'notizen-sa', name: 'Notizen Sachsen-Anhalt', art: 'cluster', land: 'sachsen-anhalt', berichtsformat: 'notiz' };

/** A data folder: `cluster` entries, `eintraege` as CSV in notiz/, and optionally the EWM minimal fixture. */
function ordner(name: string, cluster: object[], eintraege: string, mitEwm = false): string {
  const ziel = path.join(tmp, name);
  if (mitEwm) cpSync(path.join(WURZEL, 'test', 'fixtures', 'gueltig', 'minimal'), ziel, { recursive: true });
  mkdirSync(path.join(ziel, 'notiz'), { recursive: true });
  const ewm = mitEwm ? (JSON.parse(readFileSync(path.join(ziel, 'cluster.json'), 'utf8')) as { cluster: object[] }).cluster : [];
  writeFileSync(path.join(ziel, 'cluster.json'), JSON.stringify({ cluster: [...ewm, ...cluster] }));
  writeFileSync(path.join(ziel, 'notiz', 'eintraege.csv'), eintraege);
  return ziel;
}

/** Runs the CLI with both formats registered. */
async function cli(...argumente: string[]): Promise<{ code: number; aus: string; fehler: string }> {
  const aus: string[] = [];
  const fehler: string[] = [];
  const effekte = { ausgabe: (t: string) => aus.push(t), fehlerausgabe: (t: string) => fehler.push(t), istTerminal: false };
  let code = 0;
  try {
    await baueProgramm(effekte, (c) => (code = c), FORMATE).parseAsync(argumente, { from: 'user' });
  } catch (e) {
    code = meldeFehler(e, effekte, false);
  }
  return { code, aus: aus.join('\n'), fehler: fehler.join('\n') };
}

describe('a second format through the generic layers', () => {
  it('a folder with only its managements needs no EWM tables; rows are read with labels', async () => {
    const daten = ordner('nur-notiz', [NOTIZ_CLUSTER], 'Cluster;Jahr;Anzahl;Art der Notiz\nnotizen-sa;2019;3;Besuch\nNotizen Sachsen-Anhalt;2019;2;anruf\n');
    const { daten: bestand, probleme } = await ladeDaten(daten, FORMATE);
    expect(probleme).toEqual([]);
    expect([...(bestand?.formate.keys() ?? [])]).toEqual(['notiz']);
    expect(notizFormat.berechneKennzahlen(bestand?.formate.get('notiz') as never, 'notizen-sa', 2019)).toEqual({ 'notizen.besuch': 3, 'notizen.anruf': 2 });
  });

  it('validates its table like the EWM tables: every problem with file, line, column, sorted', async () => {
    const daten = ordner('fehler', [NOTIZ_CLUSTER], 'cluster;jahr;anzahl;art\nnotizen-sa;2019;101;besuch\nunbekannt;zwei;3;brief\n');
    const { daten: bestand, probleme } = await ladeDaten(daten, FORMATE);
    expect(bestand).toBeUndefined();
    expect(probleme.map(formatiereProblem)).toEqual([
      'notiz/eintraege.csv:2: Spalte "anzahl": höchstens 100 je Zeile',
      'notiz/eintraege.csv:3: Spalte "cluster": Cluster "unbekannt" gibt es nicht in cluster.json. Erlaubt (Slug oder Name): Notizen Sachsen-Anhalt',
      'notiz/eintraege.csv:3: Spalte "jahr": "zwei" ist keine gültige ganze Zahl. Erlaubt: ganze Zahlen ab 1900',
      'notiz/eintraege.csv:3: Spalte "art": "brief" ist keine gültige Art. Erlaubt: Besuch, Anruf',
    ]);
  });

  it('a missing table of a format in use is an error; an unknown berichtsformat in cluster.json lists the known ones', async () => {
    const daten = ordner('ohne-tabelle', [NOTIZ_CLUSTER, { ...NOTIZ_CLUSTER, slug: 'x', name: 'X', berichtsformat: 'gibtsnicht' }], '');
    rmSync(path.join(daten, 'notiz'), { recursive: true });
    const { probleme } = await ladeDaten(daten, FORMATE);
    expect(probleme.map(formatiereProblem)).toEqual([
      'cluster.json:cluster[1].berichtsformat: "gibtsnicht" ist kein bekanntes Berichtsformat. Erlaubt: ewm, notiz',
      'notiz/eintraege.csv: Pflichtdatei fehlt: erwartet notiz/eintraege.csv, notiz/eintraege.json oder notiz/eintraege.xlsx',
    ]);
  });

  it('--alle renders the managements of both formats in one run, each with its own Kennzahlen schema', async () => {
    const daten = ordner('gemischt', [NOTIZ_CLUSTER], 'cluster;jahr;anzahl;art\nnotizen-sa;2019;4;besuch\n', true);
    const ausgabe = path.join(tmp, 'aus-gemischt');
    const lauf = await cli('2019', '--alle', '--daten', daten, '--ausgabe', ausgabe, '--format', 'json,html');
    expect(lauf.code).toBe(0);
    expect(lauf.fehler).toContain('4 von 4 Berichten erstellt.');
    const notiz = JSON.parse(readFileSync(path.join(ausgabe, '2019', 'notizen-sa', 'kennzahlen.json'), 'utf8')) as { schema: string; kennzahlen: object };
    expect(notiz).toMatchObject({ schema: NOTIZ_SCHEMA, kennzahlen: { 'notizen.besuch': 4, 'notizen.anruf': 0 } });
    expect(readFileSync(path.join(ausgabe, '2019', 'notizen-sa', 'bericht.html'), 'utf8').replace(/\u00ad/g, '')).toContain('Besuche: 4; Text mit 0 Anrufen');
    const ewm = JSON.parse(readFileSync(path.join(ausgabe, '2019', 'industrielle-produktion', 'kennzahlen.json'), 'utf8')) as { schema: string };
    expect(ewm.schema).toBe('ewm-report/kennzahlen@1');

    // vergleich accepts the second schema, and refuses to pair reports of different formats
    const gleich = await cli('vergleich', path.join(ausgabe, '2019', 'notizen-sa'), path.join(ausgabe, '2019', 'notizen-sa'));
    expect(gleich.code).toBe(0);
    const gemischt = await cli('vergleich', path.join(ausgabe, '2019', 'notizen-sa'), path.join(ausgabe, '2019', 'industrielle-produktion'));
    expect(gemischt.code).toBe(2);
    expect(gemischt.fehler).toContain('gehören zu verschiedenen Berichtsformaten');
  });

  it('--berichtsformat overrides cluster.json; an unknown id is exit 2 with the known ones', async () => {
    const daten = ordner('ueberschrieben', [{ ...NOTIZ_CLUSTER, berichtsformat: undefined }], 'cluster;jahr;anzahl;art\nnotizen-sa;2019;1;anruf\n');
    const ausgabe = path.join(tmp, 'aus-ueberschrieben');
    const lauf = await cli('2019', '--cluster', 'notizen-sa', '--berichtsformat', 'notiz', '--daten', daten, '--ausgabe', ausgabe, '--format', 'json');
    expect(lauf.code).toBe(0);
    expect(readFileSync(path.join(ausgabe, '2019', 'notizen-sa', 'kennzahlen.json'), 'utf8')).toContain(NOTIZ_SCHEMA);
    const falsch = await cli('2019', '--cluster', 'notizen-sa', '--berichtsformat', 'gibtsnicht', '--daten', daten, '--ausgabe', ausgabe);
    expect(falsch).toMatchObject({ code: 2, fehler: 'Fehler: Unbekanntes Berichtsformat "gibtsnicht". Bekannt: ewm, notiz.' });
  });
});
