// The clusterbericht explains its numbers too: nachweis.json/.csv beside kennzahlen.json, number links in
// bericht.html (values, numbers as words, percentages of two keys) and the appendix with the rows.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NachweisDatei } from '../../../src/nachweis/typen.js';
import { starteCli } from '../../hilfen/werkzeuge.js';

let basis: string;
let ordner: string;
let html: string;
beforeAll(async () => {
  basis = await mkdtemp(path.join(os.tmpdir(), 'ewm-cb-nachweis-'));
  const lauf = await starteCli(['2015', '--cluster', 'sondermaschinen-anlagenbau', '--format', 'html,json', '--ausgabe', basis, '--ruhig']);
  expect(lauf.code).toBe(0);
  ordner = path.join(basis, '2015', 'sondermaschinen-anlagenbau');
  html = (await readFile(path.join(ordner, 'bericht.html'), 'utf8')).replace(/\u00ad/g, '').replace(/\u00a0/g, ' ');
}, 120_000);
afterAll(async () => {
  await rm(basis, { recursive: true, force: true });
});

describe('clusterbericht: nachweis files and number links', () => {
  it('writes nachweis.json (rows with id = datei:zeile, values equal to kennzahlen.json) and nachweis.csv', async () => {
    const n = JSON.parse(await readFile(path.join(ordner, 'nachweis.json'), 'utf8')) as NachweisDatei;
    const k = JSON.parse(await readFile(path.join(ordner, 'kennzahlen.json'), 'utf8')) as { kennzahlen: Record<string, number> };
    expect(n.schema).toBe('ewm-report/nachweis@1');
    expect(Object.keys(n.kennzahlen)).toEqual(Object.keys(k.kennzahlen));
    for (const [s, e] of Object.entries(n.kennzahlen)) expect(e.wert, s).toBe(k.kennzahlen[s]);
    expect(n.kennzahlen['gruendungen.anzahl']?.datensaetze[0]).toMatchObject({ datei: 'clusterbericht/gruendungen.csv', id: expect.stringMatching(/^clusterbericht\/gruendungen\.csv:\d+$/) });
    const csv = await readFile(path.join(ordner, 'nachweis.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFKennzahl;Wert;Datei;Zeile;ID;Titel;Betrag;')).toBe(true);
    expect(csv.split('\r\n').filter((z) => z.startsWith('gruendungen.anzahl;'))).toHaveLength(5);
  });

  it('links the numbers of the sentences, a count written as a word and a percentage of two keys', () => {
    expect(html).toContain('zählte der Cluster Sondermaschinen- und Anlagenbau <a class="kz" href="#nw-eckdaten.mitgliedsunternehmen" data-kennzahl="eckdaten.mitgliedsunternehmen" title="eckdaten.mitgliedsunternehmen">126</a> Mitgliedsunternehmen');
    expect(html).toMatch(/Dazu kamen <a class="kz" href="#nw-netzwerke\.netzwerk"[^>]*data-kennzahl="netzwerke\.netzwerk netzwerke\.netzwerkansatz"[^>]*>drei<\/a>/);
    expect(html).toMatch(/\(<a class="kz" [^>]*data-kennzahl="schutzrechte\.anmeldungen schutzrechte\.foerdervorhaben" title="berechnet aus [^"]+">28 %<\/a>\)/);
    expect(html).toMatch(/<a class="kz" href="#nw-forschungsthemen\.volumen" [^>]*>4,1 Mio\. €<\/a>/);
  });

  it('has an appendix entry for every linked key with its definition and rows', () => {
    const eintrag = /<section class="nachweis" id="nw-veranstaltungen\.durchgefuehrt">(.*?)<\/section>/s.exec(html)?.[1] ?? '';
    expect(eintrag).toContain('<h3><code>veranstaltungen.durchgefuehrt</code> = 23</h3>');
    expect(eintrag).toContain('Rolle Veranstalter oder Mitveranstalter');
    expect(eintrag.match(/<li><code>clusterbericht\/veranstaltungen\.csv:\d+<\/code>/g)).toHaveLength(27);
    for (const [, ziel] of html.matchAll(/<a class="kz" href="#([^"]+)"/g)) expect(html, ziel).toContain(`id="${ziel}"`);
  });
});
