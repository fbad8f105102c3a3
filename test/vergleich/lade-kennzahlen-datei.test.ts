import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliFehler } from '../../src/fehler.js';
import { ladeKennzahlenDatei } from '../../src/vergleich/lade-kennzahlen-datei.js';
import { fixture } from './hilfe.js';

/** The one schema registered today (EWM). */
const SCHEMATA = ['ewm-report/kennzahlen@1'];

async function fehlerVon(aufruf: Promise<unknown>): Promise<CliFehler> {
  const fehler = await aufruf.then(
    () => undefined,
    (f: unknown) => f,
  );
  expect(fehler).toBeInstanceOf(CliFehler);
  return fehler as CliFehler;
}

describe('ladeKennzahlenDatei', () => {
  let temp: string;
  beforeAll(async () => {
    temp = await mkdtemp(path.join(tmpdir(), 'ewm-vergleich-'));
  });
  afterAll(async () => {
    await rm(temp, { recursive: true, force: true });
  });

  it('reads a valid file into a map, values as numbers', async () => {
    const datei = await ladeKennzahlenDatei(fixture('bericht-2019-kopie.json'), fixture('bericht-2019-kopie.json'), SCHEMATA);
    expect(datei.datei).toBe(fixture('bericht-2019-kopie.json'));
    expect(datei.berichtsjahr).toBe(2019);
    expect(datei.cluster).toBe('industrielle-produktion');
    expect(datei.kennzahlen.size).toBe(10);
    expect(datei.kennzahlen.get('projekte.neu.2018')).toBe(6);
    expect(datei.kennzahlen.get('projekte.neu.2017.projektvolumen')).toBe(2500000);
  });

  it('accepts a byte order mark and keeps a key named __proto__ as data', async () => {
    const pfad = path.join(temp, 'bom.json');
    await writeFile(pfad, '\uFEFF{"schema":"ewm-report/kennzahlen@1","berichtsjahr":2019,"cluster":"x","kennzahlen":{"__proto__":1}}');
    const datei = await ladeKennzahlenDatei(pfad, 'bom.json', SCHEMATA);
    expect([...datei.kennzahlen]).toEqual([['__proto__', 1]]);
  });

  it('names a missing file', async () => {
    const fehler = await fehlerVon(ladeKennzahlenDatei(fixture('gibt-es-nicht.json'), fixture('gibt-es-nicht.json'), SCHEMATA));
    expect(fehler.message).toBe(`${fixture('gibt-es-nicht.json')}: Datei nicht gefunden.`);
    expect(fehler.exitCode).toBe(2);
  });

  it('gives line and column of a JSON syntax error', async () => {
    const fehler = await fehlerVon(ladeKennzahlenDatei(fixture('ungueltig/syntaxfehler.json'), fixture('ungueltig/syntaxfehler.json'), SCHEMATA));
    expect(fehler.message).toBe(`${fixture('ungueltig/syntaxfehler.json')}:8:3: kein gültiges JSON: Komma vor "}" ist nicht erlaubt.`);
    expect(fehler.exitCode).toBe(2);
  });

  it('reports an empty file', async () => {
    const fehler = await fehlerVon(ladeKennzahlenDatei(fixture('ungueltig/leer.json'), 'leer.json', SCHEMATA));
    expect(fehler.message).toBe('leer.json:1:1: kein gültiges JSON: die Datei ist leer.');
  });

  it('lists every problem of a wrong shape with its path', async () => {
    const fehler = await fehlerVon(ladeKennzahlenDatei(fixture('ungueltig/falsche-form.json'), 'falsch.json', SCHEMATA));
    expect(fehler.message).toBe('falsch.json ist keine gültige kennzahlen.json (Schema ewm-report/kennzahlen@1): 5 Probleme.');
    expect(fehler.exitCode).toBe(2);
    expect(fehler.probleme.map((p) => [p.pfad, p.meldung])).toEqual([
      ['schema', 'erwartet wird "ewm-report/kennzahlen@1", gefunden "ewm-report/kennzahlen@2"'],
      ['berichtsjahr', 'erwartet wird ganze Zahl, gefunden Kommazahl'],
      ['cluster', 'fehlt (erwartet wird Text)'],
      ['kennzahlen["projekte.neu.2019"]', 'erwartet wird Zahl, gefunden Text'],
      ['kennzahlen["projekte.neu.2019.projektvolumen"]', 'muss ein Wert mit höchstens zwei Nachkommastellen sein (Anzahl oder Betrag in Euro)'],
    ]);
    expect(fehler.probleme.every((p) => p.datei === 'falsch.json' && p.schwere === 'fehler')).toBe(true);
  });

  it('reports a JSON value that is not an object, and caps long problem lists', async () => {
    const liste = path.join(temp, 'liste.json');
    await writeFile(liste, '[1, 2]');
    const fehler = await fehlerVon(ladeKennzahlenDatei(liste, 'liste.json', SCHEMATA));
    expect(fehler.probleme.map((p) => [p.pfad, p.meldung])).toEqual([[undefined, 'erwartet wird Objekt, gefunden Liste']]);
    expect(fehler.message).toBe('liste.json ist keine gültige kennzahlen.json (Schema ewm-report/kennzahlen@1): 1 Problem.');

    const viele = path.join(temp, 'viele.json');
    const kennzahlen = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`k.${i}`, 'x']));
    await writeFile(viele, JSON.stringify({ schema: 'ewm-report/kennzahlen@1', berichtsjahr: 2019, cluster: 'x', kennzahlen }));
    const zuViele = await fehlerVon(ladeKennzahlenDatei(viele, 'viele.json', SCHEMATA));
    expect(zuViele.message).toBe('viele.json ist keine gültige kennzahlen.json (Schema ewm-report/kennzahlen@1): 25 Probleme.');
    expect(zuViele.probleme).toHaveLength(21);
    expect(zuViele.probleme[20]?.meldung).toBe('… und 5 weitere Probleme');
  });

  it('refuses a folder given as the file', async () => {
    const fehler = await fehlerVon(ladeKennzahlenDatei(temp, 'ordner', SCHEMATA));
    expect(fehler.message).toBe('ordner: ist ein Ordner, keine Datei.');
  });
});
