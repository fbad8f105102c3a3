// A faulty {{kennzahl}} call in an analyst text of either format through the built CLI: `pruefen` finds it, a report run stops with exit 2.
import { access, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kopiereBeispieldaten } from '../hilfen/datenkopie.js';
import { starteCli } from '../hilfen/werkzeuge.js';

let basis: string;
let daten: string;
const DATEI = 'texte/2019/industrielle-produktion/3-1-projekte.md';
const CB_DATEI = 'texte/2015/sondermaschinen-anlagenbau/ausblick.md';

beforeAll(async () => {
  ({ basis, daten } = await kopiereBeispieldaten());
  await writeFile(path.join(daten, DATEI), 'Einleitung.\n\n## Cross Cluster-Projekte\n\nMit {{kennzahl "projekte.neu.2019.crosscluster"}} und {{kennzahl "projekte.neu.2091"}} Projekten.\n\n## Sonstiges\n');
  await writeFile(path.join(daten, CB_DATEI), 'Ausblick.\n\n{{kennzahl "veranstaltungen.teilnehmer"}} Gäste, {{summe "gruendungen.anzahl"}}.\n');
});

afterAll(async () => {
  await rm(basis, { recursive: true, force: true });
});

describe('analyst texts with faulty calls', () => {
  it('pruefen reports each problem with file and line, exit 2', async () => {
    const lauf = await starteCli(['pruefen', '--daten', daten]);
    expect(lauf.code).toBe(2);
    expect(lauf.stdout).toContain(`${DATEI}:5: Unbekannte Kennzahl „projekte.neu.2091“. Ähnliche Kennzahlen: projekte.neu.2017, projekte.neu.2018, projekte.neu.2019`);
    expect(lauf.stdout).toContain(`${DATEI}:7: Unbekannte Zwischenüberschrift „Sonstiges“. Erlaubt sind: „## Neu initiierte Projekte im …“`);
    expect(lauf.stdout).toContain(`${CB_DATEI}:3: Unbekannte Kennzahl „veranstaltungen.teilnehmer“. Ähnliche Kennzahlen: veranstaltungen.teilnehmende`);
    expect(lauf.stdout).toContain(`${CB_DATEI}:3: Unbekannter Helfer „summe“.`);
  });

  it('a report run stops with exit 2 and writes nothing', async () => {
    const ausgabe = path.join(basis, 'out');
    const lauf = await starteCli(['2019', '--cluster', 'industrielle-produktion', '--daten', daten, '--ausgabe', ausgabe]);
    expect(lauf.code).toBe(2);
    expect(lauf.stderr).toContain(`${DATEI}:5: Unbekannte Kennzahl „projekte.neu.2091“`);
    await expect(access(ausgabe)).rejects.toThrow();
  });

  it('a clusterbericht run stops with exit 2, names file and line, and writes nothing', async () => {
    const ausgabe = path.join(basis, 'out-cb');
    const lauf = await starteCli(['2015', '--cluster', 'sondermaschinen-anlagenbau', '--daten', daten, '--ausgabe', ausgabe]);
    expect(lauf.code).toBe(2);
    expect(lauf.stderr).toContain(`${CB_DATEI}:3: Unbekannte Kennzahl „veranstaltungen.teilnehmer“. Ähnliche Kennzahlen: veranstaltungen.teilnehmende`);
    expect(lauf.stderr).toContain(`${CB_DATEI}:3: Unbekannter Helfer „summe“. Meinten Sie`);
    expect(lauf.stderr).not.toMatch(/\n\s+at /);
    await expect(access(ausgabe)).rejects.toThrow();
  });
});
