// `vergleich` says why: after a data correction, each changed figure names the record with datei:zeile and what changed.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kopiereBeispieldaten } from '../hilfen/datenkopie.js';
import { starteCli, type Lauf } from '../hilfen/werkzeuge.js';

const IP = 'industrielle-produktion';
let basis: string;
let daten: string;
let original: Map<string, string>;

beforeAll(async () => {
  ({ basis, daten } = await kopiereBeispieldaten());
  original = new Map();
  for (const f of ['projekte.csv', 'beteiligungen.csv']) original.set(f, await readFile(path.join(daten, f), 'utf8'));
  // The reports of the unchanged sample: 2018 and 2019 of every management (json only, no browser).
  for (const jahr of ['2018', '2019']) {
    expect((await starteCli([jahr, '--alle', '--format', 'json', '--daten', daten, '--ausgabe', path.join(basis, 'vorher'), '--ruhig'])).code).toBe(0);
  }
}, 120_000);
afterAll(async () => {
  await rm(basis, { recursive: true, force: true });
});

/** Applies `aendere` to a copy of the sample's file, writes the reports into `name`, restores the file. */
async function nachKorrektur(name: string, datei: string, aendere: (text: string) => string, argumente: string[]): Promise<string> {
  const pfad = path.join(daten, datei);
  const text = original.get(datei) as string;
  const neu = aendere(text);
  expect(neu).not.toBe(text);
  await writeFile(pfad, neu);
  try {
    const lauf = await starteCli([...argumente, '--format', 'json', '--daten', daten, '--ausgabe', path.join(basis, name), '--ruhig']);
    expect(lauf.stderr).not.toMatch(/^(Warnung|Fehler)/m);
    expect(lauf.code).toBe(0);
  } finally {
    await writeFile(pfad, text);
  }
  return path.join(basis, name);
}

const vergleich = (alt: string, neu: string, json = false): Promise<Lauf> => starteCli(['vergleich', alt, neu, ...(json ? ['--json'] : [])]);

describe('vergleich names the record behind a changed figure', () => {
  it('a corrected start date, across the 2018 and 2019 reports: PR-18-03 left 2018 and entered 2017', async () => {
    const aus = await nachKorrektur('beginn', 'projekte.csv', (t) => t.replace(/^(PR-18-03;[^\r\n]*?;)18\.06\.2018;/m, '$101.06.2017;'), ['2019', '--cluster', IP]);
    const lauf = await vergleich(path.join(basis, 'vorher', '2018', IP), path.join(aus, '2019', IP));
    expect(lauf.code).toBe(1);
    expect(lauf.stdout).toContain(
      '  projekte.neu.2018: 5 → 4 (rückwirkend)\n    entfallen: PR-18-03 (projekte.csv:10, Additiv gefertigte Greiferkomponenten) – Laufzeitbeginn jetzt 01.06.2017 (vorher 18.06.2018)',
    );
    expect(lauf.stdout).toMatch(/projekte\.neu\.2017: 4 → 5 \(rückwirkend\)\n {4}hinzugekommen: PR-18-03 \(projekte\.csv:10, /);
    const json = JSON.parse((await vergleich(path.join(basis, 'vorher', '2018', IP), path.join(aus, '2019', IP), true)).stdout) as {
      berichte: { geaendert: { schluessel: string; warum?: { entfallen: { id: string; zeile: number; grund: string }[] } }[] }[];
    };
    const k = json.berichte[0]?.geaendert.find((g) => g.schluessel === 'projekte.neu.2018');
    expect(k?.warum?.entfallen).toEqual([expect.objectContaining({ id: 'PR-18-03', datei: 'projekte.csv', zeile: 10, grund: 'Laufzeitbeginn jetzt 01.06.2017 (vorher 18.06.2018)' })]);
  });

  it('a corrected cluster, output folders: PR-19-05 left industrielle-produktion and is found at smart-cities', async () => {
    const aus = await nachKorrektur('cluster', 'projekte.csv', (t) =>
      t.replace(/^PR-19-05;([^;]*);Industrielle Produktion;Smart Cities\|Verkehr, Mobilität und Logistik;Industrie 4\.0;/m,
        'PR-19-05;$1;Smart Cities;Verkehr, Mobilität und Logistik;gesamtclusterbezogen/handlungsfeldübergreifend;'), ['2019', '--alle']);
    const lauf = await vergleich(path.join(basis, 'vorher', '2019'), path.join(aus, '2019'));
    expect(lauf.code).toBe(1);
    expect(lauf.stdout).toMatch(/ {2}projekte\.neu\.2019: 15 → 14\n {4}entfallen: PR-19-05 \(projekte\.csv:17, Siemensstadt 2\.0 – Urbane Produktion im Quartier\) – Cluster jetzt smart-cities \(vorher industrielle-produktion\)/);
    expect(lauf.stdout).toMatch(/hinzugekommen: PR-19-05 \(projekte\.csv:17, [^)]*\) – Cluster jetzt smart-cities \(vorher industrielle-produktion\)/);
  });

  it('a deleted row (and its participations): PR-19-03 is named as no longer in the report', async () => {
    const ohneBeteiligungen = (original.get('beteiligungen.csv') as string).replace(/^PR-19-03;[^\r\n]*\r\n/gm, '');
    await writeFile(path.join(daten, 'beteiligungen.csv'), ohneBeteiligungen);
    let aus: string;
    try {
      aus = await nachKorrektur('geloescht', 'projekte.csv', (t) => t.replace(/^PR-19-03;[^\r\n]*\r\n/m, ''), ['2019', '--cluster', IP]);
    } finally {
      await writeFile(path.join(daten, 'beteiligungen.csv'), original.get('beteiligungen.csv') as string);
    }
    const lauf = await vergleich(path.join(basis, 'vorher', '2019', IP), path.join(aus, '2019', IP));
    expect(lauf.stdout).toContain('  projekte.neu.2019: 15 → 14\n    entfallen: PR-19-03 (projekte.csv:15, Siemensstadt 2.0 – Additive Fertigung von Turbinenkomponenten) – nicht mehr in diesem Bericht');
  });

  it('an added participation: the Zähleinheit entered akteure.2019 through it, with its line', async () => {
    const aus = await nachKorrektur('beteiligung', 'beteiligungen.csv', (t) => `${t}PR-19-01;AK-0001\r\n`, ['2019', '--cluster', IP]);
    const zeile = (original.get('beteiligungen.csv') as string).split('\r\n').length;
    const lauf = await vergleich(path.join(basis, 'vorher', '2019', IP), path.join(aus, '2019', IP));
    expect(lauf.stdout).toContain(
      `  akteure.2019: 110 → 111\n    hinzugekommen: AK-0001 (akteure.csv:2, Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e. V.) – bisher nicht in diesem Bericht (neue Zeile oder von einem anderen Management); jetzt über AK-0001 → PR-19-01 (beteiligungen.csv:${zeile})`,
    );
  });
});
