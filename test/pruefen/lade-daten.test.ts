import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatiereProblem } from '../../src/fehler.js';
import type { EwmDaten } from '../../src/ewm/model/typen.js';
import { fasseProblemeZusammen } from '../../src/pruefen/lade-daten.js';
import { ladeEwmDaten } from '../../src/ewm/lade-ewm-daten.js';
import { TABELLEN } from '../../src/ewm/pruefen/tabellen.js';
import type { Spalte } from '../../src/pruefen/tabelle.js';

const GUELTIG = join(import.meta.dirname, '..', 'fixtures', 'gueltig');
const tmp = mkdtempSync(join(tmpdir(), 'ewm-lade-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The records without their source locations, to compare dialects. */
function ohneQuelle(d: EwmDaten | undefined) {
  const weg = <T extends { quelle: unknown }>(xs: T[]) => xs.map(({ quelle: _q, ...rest }) => rest);
  return d && { ...d, projekte: weg(d.projekte), aktivitaeten: weg(d.aktivitaeten), akteure: weg(d.akteure), beteiligungen: weg(d.beteiligungen) };
}

/** Copies the minimal fixture to a temp dir and overwrites/adds files. */
function variante(name: string, dateien: Record<string, string | Buffer | null>): string {
  const ordner = join(tmp, name);
  cpSync(join(GUELTIG, 'minimal'), ordner, { recursive: true });
  for (const [datei, inhalt] of Object.entries(dateien)) {
    if (inhalt === null) rmSync(join(ordner, datei));
    else writeFileSync(join(ordner, datei), inhalt);
  }
  return ordner;
}

describe('ladeDaten on valid data', () => {
  it('reads the minimal fixture without problems, with defaults applied', async () => {
    const { daten, probleme, dateien } = await ladeEwmDaten(join(GUELTIG, 'minimal'));
    expect(probleme).toEqual([]);
    expect(dateien).toEqual(['cluster.json', 'projekte.csv', 'aktivitaeten.csv', 'akteure.csv', 'beteiligungen.csv', 'bericht.json']);
    expect(daten?.cluster.map((c) => c.slug)).toEqual(['industrielle-produktion', 'energietechnik', 'smart-cities']);
    expect(daten?.projekte[0]).toEqual({
      id: 'P-001', titel: 'AMable – Additive Fertigung für KMU', cluster: 'industrielle-produktion', beteiligte_cluster: [],
      handlungsfeld: 'additive-fertigung', laufzeitbeginn: '2019-03-01', status: 'begonnen_laufend', projektvolumen: 120_000_000,
      projektvolumen_bb: 100_000_000, foerdervolumen: 80_000_000, foerdervolumen_bb: 60_000_000, foerdergeber: 'eu',
      foerderprogramm: 'AMable', fueui: true, konsortialstruktur: 'verbund_unternehmen_forschung',
      leitlinien: ['nachhaltigkeit', 'cross_cluster_staerken'], schwerpunktthemen: ['digitalisierung'],
      quelle: { datei: 'projekte.csv', zeile: 2 },
    });
    const p2 = daten?.projekte[1];
    expect([p2?.projektvolumen, p2?.projektvolumen_bb, p2?.foerdervolumen, p2?.foerdervolumen_bb]).toEqual([25_000_050, 25_000_050, 10_000_000, 10_000_000]);
    const p3 = daten?.projekte[2];
    expect([p3?.foerdervolumen, p3?.foerdervolumen_bb, p3?.handlungsfeld]).toEqual([0, 0, 'uebergreifend']);
    expect(daten?.aktivitaeten.map((a) => a.status)).toEqual(['durchgefuehrt', 'durchgefuehrt', 'abgesagt']);
    expect(daten?.aktivitaeten[1]?.standardaktivitaet).toBe(false);
    expect(daten?.akteure[1]?.uebergeordnet).toBe('AK-001');
    expect(daten?.bericht).toEqual({
      herausgeber: ['Berlin Partner für Wirtschaft und Technologie GmbH'], redaktion: ['Clustermanagement Industrielle Produktion'],
      foerderhinweis: 'Gefördert aus Mitteln des Landes Berlin.', veroeffentlichung: '2020-06-30',
    });
  });

  it('produces records shaped by their table declaration: its columns (no others) plus quelle, typed values', async () => {
    const { daten } = await ladeEwmDaten(join(GUELTIG, 'minimal'));
    const tabellen = { projekte: daten?.projekte, aktivitaeten: daten?.aktivitaeten, akteure: daten?.akteure, beteiligungen: daten?.beteiligungen };
    for (const tabelle of TABELLEN) {
      const saetze = (tabellen[tabelle.name] ?? []) as unknown as Record<string, unknown>[];
      expect(saetze.length, tabelle.name).toBeGreaterThan(0);
      for (const satz of saetze) {
        expect(Object.keys(satz).every((k) => k === 'quelle' || tabelle.spalten.some((s) => s.name === k)), JSON.stringify(satz)).toBe(true);
        expect(satz.quelle).toMatchObject({ datei: expect.any(String), zeile: expect.any(Number) });
        for (const spalte of tabelle.spalten) expect(passt(spalte, satz[spalte.name]), `${tabelle.name}.${spalte.name}`).toBe(true);
      }
    }
  });

  it('reads Excel Windows-1252 with commas, German labels and enum labels as the same data', async () => {
    const minimal = await ladeEwmDaten(join(GUELTIG, 'minimal'));
    const excel = await ladeEwmDaten(join(GUELTIG, 'excel-cp1252-komma'));
    expect(excel.probleme.map(formatiereProblem)).toEqual([]);
    expect(ohneQuelle(excel.daten)).toEqual(ohneQuelle(minimal.daten));
  });

  it('reads JSON arrays and {records} with euro numbers as the same data', async () => {
    const minimal = await ladeEwmDaten(join(GUELTIG, 'minimal'));
    const json = await ladeEwmDaten(join(GUELTIG, 'json'));
    expect(json.probleme.map(formatiereProblem)).toEqual([]);
    expect(ohneQuelle(json.daten)).toEqual({ ...ohneQuelle(minimal.daten), bericht: minimal.daten?.bericht });
    expect(json.daten?.projekte[1]?.quelle).toEqual({ datei: 'projekte.json', zeile: 0, pfad: '[1]' });
  });

  it('keeps physical line numbers after multi-line cells (UTF-8 with BOM, CRLF, header aliases)', async () => {
    const { daten, probleme } = await ladeEwmDaten(join(GUELTIG, 'utf8-bom-mehrzeilig'));
    expect(probleme).toEqual([]);
    expect(daten?.projekte.map((p) => [p.id, p.quelle.zeile])).toEqual([['P-001', 2], ['P-002', 4], ['P-003', 6], ['P-004', 7]]);
    expect(daten?.projekte[0]?.titel).toBe('AMable – Additive\r\nFertigung; für "KMU"');
    expect(daten?.projekte[1]?.titel).toBe('Digitale\nFabrik');
  });

  it('reports an error after a multi-line cell on its physical line', async () => {
    const text = readFileSync(join(GUELTIG, 'utf8-bom-mehrzeilig', 'projekte.csv'), 'utf8').replace('in_vorbereitung', 'laufend');
    const ordner = variante('mehrzeilig-fehler', { 'projekte.csv': text });
    const { probleme } = await ladeEwmDaten(ordner);
    expect(probleme.map(formatiereProblem)).toEqual([
      'projekte.csv:6: Spalte "status": "laufend" ist kein gültiger Status. Erlaubt: in Vorbereitung, Antrag gestellt, begonnen/laufend, regulär beendet, abgebrochen, abgesagt',
    ]);
  });

  it('reads 1.500 as 1500 in a ; file and as 1,50 in a , file', async () => {
    const semikolon = variante('tausender-semikolon', {
      'aktivitaeten.csv': readFileSync(join(GUELTIG, 'minimal', 'aktivitaeten.csv'), 'utf8').replace(';120;', ';1.500;'),
      'projekte.csv': readFileSync(join(GUELTIG, 'minimal', 'projekte.csv'), 'utf8').replace(';250.000,50;', ';1.500;').replace(';100.000;', ';;'),
    });
    const a = await ladeEwmDaten(semikolon);
    expect(a.probleme).toEqual([]);
    expect(a.daten?.aktivitaeten[0]?.teilnehmende).toBe(1500);
    expect(a.daten?.projekte[1]?.projektvolumen).toBe(150_000);
    const excel = readFileSync(join(GUELTIG, 'excel-cp1252-komma', 'projekte.csv'), 'latin1').replace(',250000.50,', ',1.500,').replace(',100000,', ',,');
    const komma = variante('tausender-komma', { 'projekte.csv': Buffer.from(excel, 'latin1') });
    const b = await ladeEwmDaten(komma);
    // read as documented, with a warning saying so
    expect(b.probleme.map((p) => `${p.schwere} ${p.datei}:${p.zeile} ${p.spalte}`)).toEqual(['warnung projekte.csv:3 projektvolumen']);
    expect(b.daten?.projekte[1]?.projektvolumen).toBe(150);
  });

  it('accepts a header-only table as zero records', async () => {
    const ordner = variante('nur-kopf', { 'beteiligungen.csv': 'vorhaben_id;akteur_id\n' });
    const { daten, probleme } = await ladeEwmDaten(ordner);
    expect(probleme).toEqual([]);
    expect(daten?.beteiligungen).toEqual([]);
  });

  it('works without bericht.json', async () => {
    const { daten, dateien } = await ladeEwmDaten(variante('ohne-bericht', { 'bericht.json': null }));
    expect(daten?.bericht).toEqual({});
    expect(dateien).toHaveLength(5);
  });
});

describe('ladeDaten on invalid data', () => {
  it('reports a missing directory as one error', async () => {
    const { daten, probleme, dateien } = await ladeEwmDaten(join(tmp, 'gibt-es-nicht'));
    expect(daten).toBeUndefined();
    expect(dateien).toEqual([]);
    expect(probleme.map(formatiereProblem)).toEqual([`${join(tmp, 'gibt-es-nicht')}: Das Datenverzeichnis "${join(tmp, 'gibt-es-nicht')}" gibt es nicht`]);
  });

  it('rejects files over the size limit without reading them', async () => {
    const { probleme } = await ladeEwmDaten(join(GUELTIG, 'minimal'), { maxDateiBytes: 600 });
    expect(probleme.map(formatiereProblem)).toEqual([
      'cluster.json: Die Datei ist 858 Bytes groß; erlaubt sind höchstens 600 Bytes (Grenze einstellbar)',
      'projekte.csv: Die Datei ist 922 Bytes groß; erlaubt sind höchstens 600 Bytes (Grenze einstellbar)',
    ]);
  });

  it('reports every problem of one run, sorted by file, line and column', async () => {
    const projekte = readFileSync(join(GUELTIG, 'minimal', 'projekte.csv'), 'utf8')
      .replace('begonnen_laufend', 'laufend')
      .replace(';1.200.000;1.000.000;', ';1.200.000;1.300.000;')
      .replace('01.03.2019', '31.02.2019')
      .replace('P-003;Energiecampus', 'P-003;');
    const ordner = variante('viele', {
      'projekte.csv': projekte,
      'beteiligungen.csv': 'vorhaben_id;akteur_id\nP-001;AK-009\nP-009;AK-001\nP-001;AK-009\n',
      'akteure.csv': readFileSync(join(GUELTIG, 'minimal', 'akteure.csv'), 'utf8').replace('AK-001;Technische Universität Berlin;hochschule;berlin;;;', 'AK-001;Technische Universität Berlin;Uni;berlin;;;AK-002'),
    });
    const { daten, probleme, dateien } = await ladeEwmDaten(ordner);
    expect(daten).toBeUndefined();
    expect(probleme.map(formatiereProblem)).toEqual([
      'projekte.csv:2: Spalte "laufzeitbeginn": "31.02.2019" ist kein gültiges Datum. Erlaubt: TT.MM.JJJJ, T.M.JJJJ oder JJJJ-MM-TT mit einem existierenden Tag, z. B. 15.03.2019',
      'projekte.csv:2: Spalte "status": "laufend" ist kein gültiger Status. Erlaubt: in Vorbereitung, Antrag gestellt, begonnen/laufend, regulär beendet, abgebrochen, abgesagt',
      'projekte.csv:2: Spalte "projektvolumen_bb": "1.300.000" ist größer als das Projektvolumen (1.200.000 €). Erlaubt: 0 bis das Projektvolumen',
      'projekte.csv:4: Spalte "titel": Pflichtangabe fehlt',
      'akteure.csv:2: Spalte "typ": "Uni" ist kein gültiger Typ. Erlaubt: Hochschule, Forschungsinstitut, Unternehmen, Verein, Netzwerk, Landkreis/Kommune, öffentliche Verwaltung, sonstige',
      'akteure.csv:2: Spalte "uebergeordnet": Zyklus AK-001 → AK-002 → AK-001',
      'beteiligungen.csv:2: Spalte "akteur_id": Akteur "AK-009" gibt es nicht in akteure.csv',
      'beteiligungen.csv:3: Spalte "vorhaben_id": Vorhaben "P-009" gibt es weder in projekte.csv noch in aktivitaeten.csv',
      'beteiligungen.csv:4: Die Beteiligung von Akteur "AK-009" an "P-001" steht mehrfach in der Datei (zuerst in beteiligungen.csv:2); sie zählt einmal',
      'beteiligungen.csv:4: Spalte "akteur_id": Akteur "AK-009" gibt es nicht in akteure.csv',
    ]);
    expect(fasseProblemeZusammen(probleme, dateien)).toBe('9 Fehler, 1 Warnung in 6 Dateien');
  });

  it('does not cascade reference errors from a table that could not be read', async () => {
    const { probleme } = await ladeEwmDaten(variante('akteure-leer', { 'akteure.csv': '' }));
    expect(probleme.map(formatiereProblem)).toEqual(['akteure.csv: Kopfzeile fehlt (die Datei ist leer)']);
  });
});

describe('fasseProblemeZusammen', () => {
  const f = { schwere: 'fehler', datei: 'a.csv', meldung: 'x' } as const;
  const w = { schwere: 'warnung', datei: 'a.csv', meldung: 'x' } as const;
  it.each([
    [[f, f, f, w, w, w, w, w], ['a', 'b', 'c', 'd'], '3 Fehler, 5 Warnungen in 4 Dateien'],
    [[f, w], ['a'], '1 Fehler, 1 Warnung in 1 Datei'],
    [[], ['a', 'b', 'c', 'd', 'e'], 'keine Fehler, keine Warnungen in 5 Dateien'],
  ] as const)('%#', (probleme, dateien, text) => {
    expect(fasseProblemeZusammen(probleme, dateien)).toBe(text);
  });
});

/** Whether a validated value fits its column: missing only if optional, else of the column's type. */
function passt(spalte: Spalte, wert: unknown): boolean {
  if (wert === undefined) return !spalte.pflicht || spalte.typ === 'aufzaehlungsliste' || spalte.typ === 'clusterliste';
  const slugs = spalte.aufzaehlung?.werte.map((w) => w.slug) ?? [];
  switch (spalte.typ) {
    case 'betrag': case 'ganzzahl': case 'dezimal': return Number.isSafeInteger(wert) && (wert as number) >= 0;
    case 'datum': return typeof wert === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(wert);
    case 'wahrheitswert': return typeof wert === 'boolean';
    case 'aufzaehlung': return slugs.includes(wert as string);
    case 'aufzaehlungsliste': return Array.isArray(wert) && wert.every((w) => slugs.includes(w as string));
    case 'clusterliste': return Array.isArray(wert) && wert.every((w) => typeof w === 'string');
    default: return typeof wert === 'string' && wert !== '';
  }
}
