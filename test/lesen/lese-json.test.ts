import { describe, expect, it } from 'vitest';
import { formatiereProblem, type Problem } from '../../src/fehler.js';
import { leseBericht } from '../../src/lesen/lese-bericht.js';
import { leseCluster } from '../../src/lesen/lese-cluster.js';
import { leseJsonTabelle } from '../../src/lesen/lese-json-tabelle.js';
import type { RohZeile } from '../../src/lesen/roh-zeile.js';
import { BETEILIGUNGEN } from '../../src/ewm/pruefen/tabellen.js';

function tabelle(text: string) {
  const probleme: Problem[] = [];
  const zeilen: RohZeile[] = [];
  const ok = leseJsonTabelle('beteiligungen.json', text, BETEILIGUNGEN.spalten, probleme, (z) => zeilen.push(z));
  return { ok, zeilen, meldungen: probleme.map(formatiereProblem) };
}

describe('leseJsonTabelle', () => {
  it('accepts an array and {records}, canonical keys and labels, null as missing', () => {
    const a = tabelle('[{"vorhaben_id":"P-1","akteur_id":"A-1"},{"Vorhaben-ID":"P-2","akteur_id":null}]');
    expect(a.meldungen).toEqual([]);
    expect(a.zeilen.map((z) => [z.index, z.werte])).toEqual([[0, { vorhaben_id: 'P-1', akteur_id: 'A-1' }], [1, { vorhaben_id: 'P-2' }]]);
    const b = tabelle('{"records":[{"vorhaben_id":"P-1","akteur_id":"A-1"}]}');
    expect(b.zeilen).toHaveLength(1);
  });

  it('warns once about unknown keys and locates non-objects by path', () => {
    const { meldungen } = tabelle('[{"vorhaben_id":"P-1","akteur_id":"A-1","rolle":"x"},{"rolle":"y","notiz":1},"P-3"]');
    expect(meldungen).toEqual([
      'beteiligungen.json:[2]: Erwartet ein Objekt mit den Spalten als Schlüsseln',
      'beteiligungen.json: Unbekannte Schlüssel werden ignoriert: "rolle", "notiz"',
    ]);
  });

  it('rejects other shapes and broken JSON with a German location', () => {
    expect(tabelle('{"daten":[]}').meldungen).toEqual(['beteiligungen.json: Erwartet ein Array von Objekten oder { "records": [ ... ] }']);
    expect(tabelle('[\n  {"vorhaben_id": "P-1"\n').meldungen).toEqual(['beteiligungen.json: Kein gültiges JSON: Syntaxfehler in Zeile 3, Zeichen 1']);
    expect(tabelle('[\n  {"a": 1,}\n]').meldungen).toEqual(['beteiligungen.json: Kein gültiges JSON: Syntaxfehler in Zeile 2, Zeichen 11']);
  });
});

describe('leseCluster', () => {
  const lies = (daten: unknown) => {
    const probleme: Problem[] = [];
    const cluster = leseCluster('cluster.json', JSON.stringify(daten), probleme, ['ewm']);
    return { cluster, meldungen: probleme.map(formatiereProblem) };
  };
  const ip = { slug: 'industrielle-produktion', name: 'Industrielle Produktion', art: 'teilthema', land: 'berlin' };

  it('reads clusters and defaults handlungsfelder to [] and berichtsformat to the first known format', () => {
    expect(lies({ cluster: [ip] })).toEqual({ cluster: [{ ...ip, berichtsformat: 'ewm', handlungsfelder: [] }], meldungen: [] });
  });

  it('accepts every German Land as slug and a known berichtsformat; an unknown one is an error listing the known', () => {
    const sa = { slug: 'smab', name: 'Sondermaschinen', art: 'cluster', land: 'sachsen-anhalt', berichtsformat: 'zweit' };
    const probleme: Problem[] = [];
    expect(leseCluster('cluster.json', JSON.stringify({ cluster: [sa] }), probleme, ['ewm', 'zweit'])?.[0]?.berichtsformat).toBe('zweit');
    expect(probleme).toEqual([]);
    expect(lies({ cluster: [{ ...sa, berichtsformat: 'gibtsnicht' }] }).meldungen).toEqual([
      'cluster.json:cluster[0].berichtsformat: "gibtsnicht" ist kein bekanntes Berichtsformat. Erlaubt: ewm',
    ]);
  });

  it('reports every problem with its path', () => {
    const { cluster, meldungen } = lies({
      cluster: [
        { ...ip, land: 'Bayern', handlungsfelder: [{ slug: 'uebergreifend', name: 'x' }, { slug: 'a', name: 'A', ab: 2020.5 }] },
        { slug: 'zwei', art: 'cluster', land: 'berlin' },
      ],
    });
    expect(cluster).toBeUndefined();
    expect(meldungen).toEqual([
      'cluster.json:cluster[0].land: "Bayern" ist kein gültiges Land. Erlaubt: gemeinsam, berlin, brandenburg, baden-wuerttemberg, bayern, bremen, hamburg, hessen, mecklenburg-vorpommern, niedersachsen, nordrhein-westfalen, rheinland-pfalz, saarland, sachsen, sachsen-anhalt, schleswig-holstein, thueringen',
      'cluster.json:cluster[0].handlungsfelder[0].slug: "uebergreifend" ist reserviert (das implizite Handlungsfeld jedes Clusters)',
      'cluster.json:cluster[0].handlungsfelder[1].ab: muss eine ganze Jahreszahl sein',
      'cluster.json:cluster[1].name: Pflichtangabe fehlt',
    ]);
  });

  it('rejects a Handlungsfeld name used twice in one cluster and an empty registry', () => {
    const doppelt = lies({ cluster: [{ ...ip, handlungsfelder: [{ slug: 'a', name: 'Leichtbau' }, { slug: 'b', name: 'leichtbau' }] }] });
    expect(doppelt.meldungen).toEqual(['cluster.json:cluster[0].handlungsfelder[1].name: "leichtbau" gibt es in diesem Cluster schon; Handlungsfelder müssen eindeutig sein']);
    expect(lies({ cluster: [] }).meldungen).toEqual(['cluster.json:cluster: muss mindestens einen Cluster enthalten']);
    expect(lies([ip]).meldungen).toEqual(['cluster.json: Falscher Aufbau: erwartet ein Objekt']);
  });
});

describe('leseBericht', () => {
  it('accepts a single string for lists and reports wrong types', () => {
    const probleme: Problem[] = [];
    expect(leseBericht('bericht.json', '{"herausgeber":"A","redaktion":"B","foerderhinweis":"C","veroeffentlichung":"2020-06-30"}', probleme)).toEqual({ herausgeber: ['A'], redaktion: ['B'], foerderhinweis: 'C', veroeffentlichung: '2020-06-30' });
    expect(probleme).toEqual([]);
    leseBericht('bericht.json', '{"foerderhinweis": 5}', probleme);
    expect(probleme.map(formatiereProblem)).toEqual(['bericht.json:foerderhinweis: "5" hat den falschen Typ; erwartet Text']);
  });
});
