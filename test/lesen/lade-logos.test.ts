import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/fehler.js';
import { ladeLogos } from '../../src/lesen/lade-logos.js';
import { leseBericht } from '../../src/lesen/lese-bericht.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
let daten: string;
let aussen: string;

beforeAll(async () => {
  daten = await mkdtemp(path.join(os.tmpdir(), 'ewm-logos-'));
  aussen = await mkdtemp(path.join(os.tmpdir(), 'ewm-aussen-'));
  await mkdir(path.join(daten, 'logos'));
  await writeFile(path.join(daten, 'logos', 'eu.svg'), '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(path.join(daten, 'logos', 'land.png'), PNG);
  await writeFile(path.join(daten, 'logos', 'kaputt.png'), 'kein png');
  await writeFile(path.join(aussen, 'fremd.svg'), '<svg/>');
  await symlink(path.join(aussen, 'fremd.svg'), path.join(daten, 'logos', 'link.svg'));
});

afterAll(async () => {
  await rm(daten, { recursive: true, force: true });
  await rm(aussen, { recursive: true, force: true });
});

const logo = (datei: string) => ({ datei, alt: 'Logo', beschriftung: [] });

describe('ladeLogos', () => {
  it('embeds SVG and PNG from the data folder as data: URLs', async () => {
    const probleme: Problem[] = [];
    const logos = await ladeLogos(daten, [logo('logos/eu.svg'), logo('logos/land.png')], probleme);
    expect(probleme).toEqual([]);
    expect(logos.map((l) => l.daten?.slice(0, 26))).toEqual(['data:image/svg+xml;base64,', 'data:image/png;base64,iVBO']);
  });

  it.each([
    ['logos/fehlt.svg', /Logodatei "logos\/fehlt.svg" nicht gefunden/],
    ['../ewm-aussen/fremd.svg', /außerhalb des Datenordners/],
    ['/etc/passwd.svg', /außerhalb des Datenordners/],
    ['logos/link.svg', /über einen Link aus dem Datenordner hinaus/],
    ['logos/bild.gif', /weder SVG noch PNG/],
    ['logos/kaputt.png', /keine gültige PNG-Datei/],
  ])('%s is an error naming bericht.json and the entry', async (datei, meldung) => {
    const probleme: Problem[] = [];
    expect(await ladeLogos(daten, [logo('logos/eu.svg'), logo(datei)], probleme)).toHaveLength(1);
    expect(probleme).toHaveLength(1);
    expect(probleme[0]).toMatchObject({ schwere: 'fehler', datei: 'bericht.json', pfad: 'logos[1]' });
    expect(probleme[0]?.meldung).toMatch(meldung);
  });
});

describe('leseBericht: logos, links and missing Impressum fields', () => {
  it('accepts logo objects and plain paths (with a warning for the missing alt text)', () => {
    const probleme: Problem[] = [];
    const meta = leseBericht('bericht.json', JSON.stringify({
      herausgeber: 'Land Berlin', redaktion: 'Redaktion', foerderhinweis: 'Gefördert.',
      logos: [{ datei: 'logos/eu.svg', alt: 'Europäische Union' }, 'logos/land.png'],
      weitere_informationen: [{ text: 'zur innoBB 2025', url: 'https://innobb.de' }, { cluster: 'smart-cities', url: 'https://beispiel.de' }],
    }), probleme);
    expect(meta.logos).toEqual([{ datei: 'logos/eu.svg', alt: 'Europäische Union', beschriftung: [] }, { datei: 'logos/land.png', alt: 'Logo', beschriftung: [] }]);
    expect(meta.weitereInformationen).toEqual([{ text: 'zur innoBB 2025', url: 'https://innobb.de' }, { cluster: 'smart-cities', url: 'https://beispiel.de' }]);
    expect(probleme).toEqual([expect.objectContaining({ schwere: 'warnung', pfad: 'logos[1]' })]);
  });

  it('warns about a missing Impressum field and a placeholder line', () => {
    const probleme: Problem[] = [];
    leseBericht('bericht.json', JSON.stringify({ herausgeber: ['Land Berlin', '[Anschrift ergänzen]'], foerderhinweis: 'Gefördert.' }), probleme);
    expect(probleme.map((p) => `${p.schwere} ${p.pfad}`)).toEqual(['warnung herausgeber[1]', 'warnung redaktion']);
  });

  it('rejects a link that is not http(s) or mailto', () => {
    const probleme: Problem[] = [];
    leseBericht('bericht.json', JSON.stringify({ weitere_informationen: [{ text: 'x', url: 'javascript:alert(1)' }] }), probleme);
    expect(probleme.some((p) => p.schwere === 'fehler' && /http/.test(p.meldung))).toBe(true);
  });
});
