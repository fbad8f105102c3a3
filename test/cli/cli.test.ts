// The CLI as a process: exit codes, what goes to stdout and stderr, and nothing written on error.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WURZEL } from '../hilfen/pfade.js';
import { starteCli } from '../hilfen/werkzeuge.js';

let basis: string;
beforeAll(async () => {
  basis = await mkdtemp(path.join(os.tmpdir(), 'ewm-cli-'));
});
afterAll(async () => {
  await rm(basis, { recursive: true, force: true });
});

const UNGUELTIG = path.join(WURZEL, 'test/fixtures/ungueltig');
const KEIN_STACK = /^\s+at /m;

describe('ewm-report pruefen', () => {
  it('accepts the sample data: exit 0, notes and summary on stdout', async () => {
    const lauf = await starteCli(['pruefen']);
    expect(lauf.code).toBe(0);
    expect(lauf.stdout).toContain('Hinweis: aktivitaeten.csv: 10 Zeilen sind als Standardaktivität markiert');
    expect(lauf.stdout.trim().split('\n').at(-1)).toBe('keine Fehler, 1 Warnung in 15 Dateien. Die Daten sind gültig.');
    expect(lauf.stderr).toBe('');
  });

  it('--ruhig prints only the summary', async () => {
    const lauf = await starteCli(['pruefen', '--ruhig']);
    expect(lauf.stdout.trim()).toBe('keine Fehler, 1 Warnung in 15 Dateien. Die Daten sind gültig.');
  });

  it('--streng turns the warning into a failure', async () => {
    const lauf = await starteCli(['pruefen', '--streng']);
    expect(lauf.code).toBe(2);
    expect(lauf.stderr.trim()).toBe('Fehler: 1 Warnung gilt wegen --streng als Fehler (sonst keine Fehler in 15 Dateien).');
  });

  it('rejects every invalid fixture with its exact line (exit 2, no stack trace)', async () => {
    const faelle = (await readdir(UNGUELTIG)).sort();
    expect(faelle.length).toBeGreaterThanOrEqual(30);
    const ergebnisse = await parallel(faelle, 4, async (fall) => {
      const erwartet = (await readFile(path.join(UNGUELTIG, fall, 'erwartet.txt'), 'utf8')).trim().split('\n');
      return { fall, erwartet, lauf: await starteCli(['pruefen', '--daten', path.join(UNGUELTIG, fall)]) };
    });
    for (const { fall, erwartet, lauf } of ergebnisse) {
      expect(lauf.code, fall).toBe(2);
      const zeilen = lauf.stdout.split('\n');
      for (const zeile of erwartet) expect(zeilen, fall).toContain(zeile);
      expect(lauf.stderr, fall).toMatch(/^Fehler: \d+ Fehler, /);
      expect(`${lauf.stdout}${lauf.stderr}`, fall).not.toMatch(KEIN_STACK);
    }
  }, 180_000);
});

describe('ewm-report <jahr> --cluster', () => {
  it('--format json writes kennzahlen.json without a browser, byte-identical twice', async () => {
    const env = { PUPPETEER_EXECUTABLE_PATH: '/gibt/es/nicht' };
    const a = await starteCli(['2019', '--cluster', 'industrielle-produktion', '--format', 'json', '--ausgabe', path.join(basis, 'j1')], env);
    const b = await starteCli(['2019', '--cluster', 'industrielle-produktion', '--format', 'json', '--ausgabe', path.join(basis, 'j2')], env);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code).toBe(0);
    const ordner = path.join(basis, 'j1', '2019', 'industrielle-produktion');
    const dateien = await readdir(ordner);
    expect(dateien).toContain('kennzahlen.json');
    expect(dateien.filter((d) => d.startsWith('bericht.') || d === 'abbildungen')).toEqual([]);
    const inhalt = await readFile(path.join(ordner, 'kennzahlen.json'), 'utf8');
    expect(await readFile(path.join(basis, 'j2', '2019', 'industrielle-produktion', 'kennzahlen.json'), 'utf8')).toBe(inhalt);
    const json = JSON.parse(inhalt) as { schema: string; kennzahlen: Record<string, number> };
    expect(json.schema).toBe('ewm-report/kennzahlen@1');
    expect(json.kennzahlen['projekte.neu.2019']).toBe(15);
    expect(json.kennzahlen['projekte.neu.2019.projektvolumen']).toBe(69215000);
  });

  it('invalid data: exit 2, the problem on stderr, nothing written', async () => {
    const ausgabe = path.join(basis, 'nie');
    const lauf = await starteCli(['2019', '--cluster', 'industrielle-produktion', '--daten', path.join(UNGUELTIG, 'status-unbekannt'), '--ausgabe', ausgabe]);
    expect(lauf.code).toBe(2);
    expect(lauf.stdout).toBe('');
    expect(lauf.stderr).toContain('projekte.csv:2: Spalte "status": "laufend" ist kein gültiger Status.');
    expect(lauf.stderr).toMatch(/^Fehler: Die Daten in ".*status-unbekannt" sind ungültig; es wurde nichts geschrieben\.$/m);
    expect(existsSync(ausgabe)).toBe(false);
  });

  it('an unknown management: exit 2 with the list of slugs', async () => {
    const lauf = await starteCli(['2019', '--cluster', 'gibt-es-nicht', '--format', 'json', '--ausgabe', path.join(basis, 'x')]);
    expect(lauf.code).toBe(2);
    expect(lauf.stderr).toMatch(/^Fehler: Das Management "gibt-es-nicht" gibt es nicht in cluster\.json\. Verfügbar: energietechnik, /m);
  });

  it.each([
    [['2019'], 'Fehler: Bitte --cluster <slug> oder --alle angeben'],
    [['20x9', '--cluster', 'metall'], 'Fehler: Ungültiges Berichtsjahr "20x9"'],
    [['2019', '--cluster', 'metall', '--format', 'pdf,docx'], 'Fehler: Ungültiges Format "docx" für --format'],
    [['2019', '--gibtsnicht'], "Fehler: unbekannte Option '--gibtsnicht'"],
    [['2019', '--cluster', 'metall', '--alle'], 'Fehler: --cluster und --alle schließen sich aus.'],
    [['2019', '--cluster', 'metall', '--datum', '31.02.2020'], 'Fehler: Ungültiges Datum "31.02.2020" für --datum'],
  ])('bad options %j: exit 2 and a German message', async (argumente, meldung) => {
    const lauf = await starteCli([...argumente, '--ausgabe', path.join(basis, 'opt')]);
    expect(lauf.code).toBe(2);
    expect(lauf.stderr).toContain(meldung);
    expect(lauf.stderr).not.toMatch(KEIN_STACK);
    expect(existsSync(path.join(basis, 'opt'))).toBe(false);
  });

  it('--help is German, lists the commands and exit codes, exit 0', async () => {
    const lauf = await starteCli(['--help']);
    expect(lauf.code).toBe(0);
    expect(lauf.stdout).toMatch(/^Aufruf: ewm-report \[optionen\] \[befehl\] \[jahr\]/);
    for (const teil of ['Optionen:', 'Befehle:', 'pruefen', 'cluster', 'vergleich', 'vorschau', 'Beispiele:', 'Exitcodes: 0 Erfolg']) {
      expect(lauf.stdout).toContain(teil);
    }
    expect(lauf.stdout).not.toMatch(/default:|Usage:|Options:/);
    // --alle says, in each format's words, which managements get a report
    const hilfe = lauf.stdout.replace(/\s+/g, ' ');
    expect(hilfe).toContain('--alle alle Managements, deren Bericht nicht leer wäre (ewm: mit Vorhaben im Berichtsjahr und seinen Vergleichsjahren; clusterbericht: mit mindestens einer Zeile ihrer Tabellen im Berichtsjahr)');
  });
});

describe('ewm-report cluster', () => {
  it('lists the 14 managements of the registry', async () => {
    const lauf = await starteCli(['cluster']);
    expect(lauf.code).toBe(0);
    const zeilen = lauf.stdout.trim().split('\n');
    expect(zeilen[0]).toMatch(/^Slug\s+Name\s+Art\s+Land\s+Handlungsfelder$/);
    expect(zeilen).toHaveLength(2 + 14);
    expect(lauf.stdout).toMatch(/^sondermaschinen-anlagenbau\s+Sondermaschinen- und Anlagenbau\s+Cluster\s+Sachsen-Anhalt\s*$/m);
    expect(lauf.stdout).toMatch(/^industrielle-produktion\s+Industrielle Produktion\s+Teilthema\s+Berlin\s+Industrie 4\.0; Additive Fertigung; Leichtbau \(2020–\); gesamtclusterbezogen\/handlungsfeldübergreifend$/m);
  });
});

/** Runs `arbeit` over `eintraege` with at most `n` at a time, keeping the order. */
async function parallel<T, R>(eintraege: T[], n: number, arbeit: (e: T) => Promise<R>): Promise<R[]> {
  const ergebnisse: R[] = new Array<R>(eintraege.length);
  let naechster = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (naechster < eintraege.length) {
        const i = naechster++;
        ergebnisse[i] = await arbeit(eintraege[i] as T);
      }
    }),
  );
  return ergebnisse;
}
