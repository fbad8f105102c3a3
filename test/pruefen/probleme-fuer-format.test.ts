import { describe, expect, it } from 'vitest';
import { clusterberichtFormat } from '../../src/clusterbericht/clusterbericht-format.js';
import { ewmFormat } from '../../src/ewm/ewm-format.js';
import type { Problem } from '../../src/fehler.js';
import { problemeFuerFormat } from '../../src/pruefen/probleme-fuer-format.js';

const warnung = (datei: string): Problem => ({ schwere: 'warnung', datei, zeile: 3, meldung: 'x' });
const PROBLEME = [
  warnung('beteiligungen.csv'),
  warnung('projekte.json'),
  warnung('clusterbericht/veranstaltungen.csv'),
  warnung('clusterbericht/eckdaten.xlsx'),
  warnung('cluster.json'),
  warnung('bericht.json'),
];
const FORMATE = [ewmFormat, clusterberichtFormat];

describe('problemeFuerFormat', () => {
  it('keeps the problems of the format\'s own tables and of the shared files', () => {
    expect(problemeFuerFormat(PROBLEME, ewmFormat, FORMATE).map((p) => p.datei)).toEqual(['beteiligungen.csv', 'projekte.json', 'cluster.json', 'bericht.json']);
    expect(problemeFuerFormat(PROBLEME, clusterberichtFormat, FORMATE).map((p) => p.datei)).toEqual([
      'clusterbericht/veranstaltungen.csv', 'clusterbericht/eckdaten.xlsx', 'cluster.json', 'bericht.json',
    ]);
  });

  it('a file named like a table in another folder is not that table', () => {
    expect(problemeFuerFormat([warnung('clusterbericht/projekte.csv')], clusterberichtFormat, FORMATE)).toHaveLength(1);
    expect(problemeFuerFormat([warnung('eckdaten.csv')], ewmFormat, FORMATE)).toHaveLength(1);
  });
});
