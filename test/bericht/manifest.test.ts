// The manifest of a report folder: what a run read and wrote; a report with unchanged inputs is not rendered again.
import { appendFile, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BerichtsBrowser } from '../../src/browser/berichts-browser.js';
import { erzeugeAlle } from '../../src/bericht/erzeuge-alle.js';
import { erzeugeBericht, type BerichtAuftrag } from '../../src/bericht/erzeuge-bericht.js';
import { schreibeAtomar } from '../../src/ausgabe/schreibe-atomar.js';
import type { Effekte } from '../../src/effekte.js';
import type { Berichtsformat } from '../../src/bericht/berichtsformat.js';
import { ewmFormat } from '../../src/ewm/ewm-format.js';
import { FORMATE, findeFormat } from '../../src/formate.js';
import { vorlagenOrdner } from '../../src/bericht/vorlagen-ordner.js';
import { clusterberichtFormat } from '../../src/clusterbericht/clusterbericht-format.js';
import type { Manifest } from '../../src/manifest/manifest.js';
import { sha256 } from '../../src/manifest/sha256.js';
import { ladeDaten } from '../../src/pruefen/lade-daten.js';
import { kopiereBeispieldaten } from '../hilfen/datenkopie.js';
import { zeitstempel } from '../hilfen/zeitstempel.js';

const OHNE_BROWSER = (): BerichtsBrowser => {
  throw new Error('kein Browser erwartet');
};
const STILL: Effekte = { ausgabe: () => undefined, fehlerausgabe: () => undefined, istTerminal: false };
const UMGEBUNG = { browser: OHNE_BROWSER, schreibe: schreibeAtomar };
const ALLE = { ...UMGEBUNG, effekte: STILL };
const FORMAT_VON = (c: { berichtsformat: string }): Berichtsformat => findeFormat(c.berichtsformat);

let basis: string;
let datenVerzeichnis: string;
let auftrag: Omit<BerichtAuftrag, 'cluster'>;
const ordner = (cluster: string): string => path.join(basis, 'out', '2019', cluster);
const manifest = async (cluster: string): Promise<Manifest> => JSON.parse(await readFile(path.join(ordner(cluster), 'manifest.json'), 'utf8')) as Manifest;

beforeAll(async () => {
  ({ basis, daten: datenVerzeichnis } = await kopiereBeispieldaten());
  const { daten } = await ladeDaten(datenVerzeichnis, FORMATE);
  auftrag = {
    daten: daten!,
    datenVerzeichnis,
    jahr: 2019,
    ausgabe: path.join(basis, 'out'),
    formate: new Set(['json']),
    streng: false,
    werkzeug: { version: '0.1.0', sha256: 'werkzeug-a' },
  };
});
afterAll(() => rm(basis, { recursive: true, force: true }));

describe('the manifest', () => {
  it('records the hash of every table, of the management texts, of the templates and of each written file', async () => {
    const ergebnis = await erzeugeBericht({ ...auftrag, cluster: 'industrielle-produktion' }, ewmFormat, UMGEBUNG);
    expect(ergebnis.aktuell).toBe(false);
    const m = await manifest('industrielle-produktion');
    expect(m.werkzeug).toEqual({ version: '0.1.0', sha256: 'werkzeug-a' });
    expect(m.optionen).toEqual({ jahr: 2019, cluster: 'industrielle-produktion', streng: false, datum: null });
    expect(m.eingaben['daten/projekte.csv']).toBe(sha256(await readFile(path.join(datenVerzeichnis, 'projekte.csv'))));
    expect(m.eingaben['daten/cluster.json']).toBeDefined();
    expect(m.eingaben['daten/texte/2019/industrielle-produktion/fazit.md']).toBeDefined();
    // only this management's texts, not the others'
    expect(Object.keys(m.eingaben).filter((k) => k.includes('/texte/') && !k.includes('/industrielle-produktion/'))).toEqual([]);
    expect(Object.keys(m.eingaben).some((k) => k.startsWith('vorlagen/ewm/'))).toBe(true);
    expect(m.formate).toEqual(['json']);
    expect(m.dateien['kennzahlen.json']).toBe(sha256(await readFile(path.join(ordner('industrielle-produktion'), 'kennzahlen.json'))));
    expect(Object.keys(m.dateien).sort()).toEqual(['kennzahlen.csv', 'kennzahlen.json', 'nachweis.csv', 'nachweis.json']);
  });

  it('declares the package templates as an input of the EWM format', () => {
    const quellen = ewmFormat.eingaben?.({ datenVerzeichnis: 'd', jahr: 2019, cluster: 'x' }) ?? [];
    expect(quellen).toContainEqual({ name: 'vorlagen/ewm', pfad: vorlagenOrdner('ewm'), art: 'ordner' });
    expect(quellen).toContainEqual({ name: 'vorlagen/gemeinsam', pfad: path.join(path.dirname(vorlagenOrdner('ewm')), 'gemeinsam'), art: 'ordner' });
  });

  it('declares its template pack and the shared stylesheets as inputs of the clusterbericht format', () => {
    const quellen = clusterberichtFormat.eingaben?.({ datenVerzeichnis: 'd', jahr: 2015, cluster: 'x' }) ?? [];
    expect(quellen).toContainEqual({ name: 'daten', pfad: 'd', art: 'ordner' });
    expect(quellen).toContainEqual({ name: 'vorlagen/clusterbericht', pfad: vorlagenOrdner('clusterbericht'), art: 'ordner' });
    expect(quellen).toContainEqual({ name: 'vorlagen/gemeinsam', pfad: path.join(path.dirname(vorlagenOrdner('ewm')), 'gemeinsam'), art: 'ordner' });
  });

  it('a second run with the same inputs is current: nothing rendered, no file touched', async () => {
    const datei = path.join(ordner('industrielle-produktion'), 'kennzahlen.json');
    const vorher = await zeitstempel(datei);
    const manifestVorher = await zeitstempel(path.join(ordner('industrielle-produktion'), 'manifest.json'));
    const ergebnis = await erzeugeBericht({ ...auftrag, cluster: 'industrielle-produktion' }, ewmFormat, UMGEBUNG);
    expect(ergebnis.aktuell).toBe(true);
    expect(await zeitstempel(datei)).toBe(vorher);
    expect(await zeitstempel(path.join(ordner('industrielle-produktion'), 'manifest.json'))).toBe(manifestVorher);
  });

  it('--immer renders a current report again', async () => {
    const datei = path.join(ordner('industrielle-produktion'), 'kennzahlen.json');
    const vorher = await zeitstempel(datei);
    const ergebnis = await erzeugeBericht({ ...auftrag, cluster: 'industrielle-produktion', immer: true }, ewmFormat, UMGEBUNG);
    expect(ergebnis.aktuell).toBe(false);
    expect(await zeitstempel(datei)).not.toBe(vorher);
  });

  it('another tool version or code hash renders again', async () => {
    const ergebnis = await erzeugeBericht({ ...auftrag, cluster: 'industrielle-produktion', werkzeug: { version: '0.1.0', sha256: 'werkzeug-b' } }, ewmFormat, UMGEBUNG);
    expect(ergebnis.aktuell).toBe(false);
    expect((await manifest('industrielle-produktion')).werkzeug.sha256).toBe('werkzeug-b');
  });

  it('a file edited by hand in the report folder makes the report stale', async () => {
    const a = { ...auftrag, cluster: 'industrielle-produktion', werkzeug: { version: '0.1.0', sha256: 'werkzeug-b' } };
    expect((await erzeugeBericht(a, ewmFormat, UMGEBUNG)).aktuell).toBe(true);
    await appendFile(path.join(ordner('industrielle-produktion'), 'kennzahlen.csv'), 'x;1\n');
    expect((await erzeugeBericht(a, ewmFormat, UMGEBUNG)).aktuell).toBe(false);
  });
});

describe('--alle with the manifest', () => {
  it('re-renders only the management whose texts changed, and every report after a shared table changed', async () => {
    const erstes = await erzeugeAlle({ ...auftrag, parallel: 2 }, FORMAT_VON, ALLE);
    expect(erstes.fehlgeschlagen).toBe(0);
    const status = async (): Promise<Record<string, boolean | undefined>> =>
      Object.fromEntries((await erzeugeAlle({ ...auftrag, parallel: 2 }, FORMAT_VON, ALLE)).zeilen.map((z) => [z.cluster, z.aktuell]));

    const alle = erstes.zeilen.map((z) => z.cluster);
    expect(Object.values(await status()).every((a) => a === true)).toBe(true);

    await appendFile(path.join(datenVerzeichnis, 'texte/2019/smart-cities/fazit.md'), '\nEin neuer Satz.\n');
    expect(await status()).toEqual(Object.fromEntries(alle.map((c) => [c, c !== 'smart-cities'])));

    await appendFile(path.join(datenVerzeichnis, 'akteure.csv'), '\n');
    expect(await status()).toEqual(Object.fromEntries(alle.map((c) => [c, false])));
    expect(Object.values(await status()).every((a) => a === true)).toBe(true);
  });
});
