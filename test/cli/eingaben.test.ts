// Command-line mistakes as analysts make them: mistyped commands, options and managements get
// "Meinten Sie …?", --cluster takes slug or name, --streng says which warnings count as errors.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aehnlichste } from '../../src/cli/aehnlichste.js';
import { CLI, WURZEL } from '../hilfen/pfade.js';
import { starteCli } from '../hilfen/werkzeuge.js';

const JSON_NUR = ['--format', 'json', '--ausgabe'];
const AUS = mkdtempSync(path.join(tmpdir(), 'ewm-eingaben-'));
afterAll(() => rmSync(AUS, { recursive: true, force: true }));

describe('suggestions', () => {
  it('finds close words and nothing for far ones', () => {
    expect(aehnlichste('pruefe', ['pruefen', 'cluster', 'vergleich'])).toEqual(['pruefen']);
    expect(aehnlichste('metal', ['metall', 'tourismus'])).toEqual(['metall']);
    expect(aehnlichste('vorshau', ['vorschau', 'vorlage'])).toEqual(['vorschau']);
    expect(aehnlichste('xyz', ['pruefen', 'cluster'])).toEqual([]);
  });

  it('a mistyped command is not taken for a year', async () => {
    const lauf = await starteCli(['pruefe']);
    expect(lauf.code).toBe(2);
    expect(lauf.stderr.trim()).toBe('Fehler: Unbekannter Befehl "pruefe". Meinten Sie "pruefen"?');
  });

  it('a mistyped option says which one was meant, on one line', async () => {
    const lauf = await starteCli(['2019', '--clustr', 'metall']);
    expect(lauf.code).toBe(2);
    expect(lauf.stderr.trim()).toBe("Fehler: unbekannte Option '--clustr'. Meinten Sie --cluster?");
  });

  it('a mistyped management gets the closest slug', async () => {
    const lauf = await starteCli(['2019', '--cluster', 'indstrielle-produktion', ...JSON_NUR, path.join(AUS, 'ewm-nie-geschrieben')]);
    expect(lauf.code).toBe(2);
    expect(lauf.stderr.trim().split('\n').at(-1)).toBe(
      'Fehler: Das Management "indstrielle-produktion" gibt es nicht in cluster.json. Meinten Sie "industrielle-produktion"?',
    );
  });
});

describe('--cluster takes slug or name', () => {
  it('"Industrielle Produktion" makes the same report as the slug', async () => {
    const lauf = await starteCli(['2019', '--cluster', 'Industrielle Produktion', '--ruhig', ...JSON_NUR, path.join(AUS, 'ewm-nie-geschrieben-name')]);
    expect(lauf.stderr).toBe('');
    expect(lauf.code).toBe(0);
  });
});

describe('empty reports', () => {
  const letzte = (text: string): string | undefined => text.trim().split('\n').at(-1);

  it('a year or a management without a single Vorhaben is refused with exit 2, naming both', async () => {
    const jahr = await starteCli(['2030', '--cluster', 'industrielle-produktion', ...JSON_NUR, path.join(AUS, 'leer-2030')]);
    expect(jahr.code).toBe(2);
    expect(letzte(jahr.stderr)).toBe(
      'Fehler: Für Industrielle Produktion gibt es im Berichtsjahr 2030 und in seinen Vergleichsjahren kein einziges Vorhaben; es wurde kein Bericht erstellt. Mit --leer entsteht trotzdem ein (leerer) Bericht.',
    );
    const management = await starteCli(['2019', '--cluster', 'tourismus', ...JSON_NUR, path.join(AUS, 'leer-tourismus')]);
    expect(management.code).toBe(2);
    expect(letzte(management.stderr)).toMatch(/^Fehler: Für Tourismus gibt es im Berichtsjahr 2019 /);
    const alle = await starteCli(['1999', '--alle', ...JSON_NUR, path.join(AUS, 'leer-1999')]);
    expect(alle.code).toBe(2);
    // the reason in each format's own words
    expect(letzte(alle.stderr)).toBe(
      'Fehler: Für das Berichtsjahr 1999 bekommt kein Management einen Bericht (ewm: im Berichtsjahr 1999 und in seinen Vergleichsjahren kein einziges Vorhaben; ' +
        'clusterbericht: im Berichtsjahr 1999 keine einzige Zeile in den Tabellen unter clusterbericht/); es wurde nichts geschrieben. Mit --leer entstehen trotzdem (leere) Berichte.',
    );
    const cb = await starteCli(['2030', '--cluster', 'sondermaschinen-anlagenbau', ...JSON_NUR, path.join(AUS, 'leer-cb-2030')]);
    expect(cb.code).toBe(2);
    expect(letzte(cb.stderr)).toBe(
      'Fehler: Für Sondermaschinen- und Anlagenbau gibt es im Berichtsjahr 2030 keine einzige Zeile in den Tabellen unter clusterbericht/; es wurde kein Bericht erstellt. Mit --leer entsteht trotzdem ein (leerer) Bericht.',
    );
    expect(existsSync(path.join(AUS, 'leer-2030'))).toBe(false);
    expect(existsSync(path.join(AUS, 'leer-1999'))).toBe(false);
  });

  it('--alle skips such managements and says which; --leer forces an empty report', async () => {
    const alle = await starteCli(['2019', '--alle', ...JSON_NUR, path.join(AUS, 'alle-2019')]);
    expect(alle.code).toBe(0);
    expect(alle.stderr).toContain('Übersprungen (im Berichtsjahr 2019 und in seinen Vergleichsjahren kein einziges Vorhaben; mit --leer trotzdem): gesundheitswirtschaft,');
    expect(alle.stderr).toMatch(/Übersprungen.*, tourismus,/);
    expect(alle.stderr).toContain('Übersprungen (im Berichtsjahr 2019 keine einzige Zeile in den Tabellen unter clusterbericht/; mit --leer trotzdem): sondermaschinen-anlagenbau\n');
    expect(existsSync(path.join(AUS, 'alle-2019/2019/tourismus'))).toBe(false);
    const leer = await starteCli(['2019', '--cluster', 'tourismus', '--leer', '--ruhig', ...JSON_NUR, path.join(AUS, 'leer-erzwungen')]);
    expect(leer.code).toBe(0);
    expect(existsSync(path.join(AUS, 'leer-erzwungen/2019/tourismus/kennzahlen.json'))).toBe(true);
  });
});

describe('--ruhig', () => {
  it('silences the progress lines and the table of --alle', async () => {
    const laut = await starteCli(['2019', '--alle', ...JSON_NUR, path.join(AUS, 'ewm-nie-gelesen-alle')]);
    expect(laut.stderr).toMatch(/^Cluster\s+Seiten\s+Warnungen/m);
    const ruhig = await starteCli(['2019', '--alle', '--ruhig', ...JSON_NUR, path.join(AUS, 'ewm-nie-gelesen-alle')]);
    expect(ruhig.code).toBe(0);
    expect(ruhig.stderr).toBe('');
    expect(ruhig.stdout).toBe('');
  });
});

describe('--streng', () => {
  it('says the warning counts as an error, never "keine Fehler"', async () => {
    const pruefen = await starteCli(['pruefen', '--streng', '--ruhig']);
    expect(pruefen.code).toBe(2);
    expect(pruefen.stderr.trim()).toBe('Fehler: 1 Warnung gilt wegen --streng als Fehler (sonst keine Fehler in 15 Dateien).');
    const bericht = await starteCli(['2019', '--cluster', 'industrielle-produktion', '--streng', ...JSON_NUR, path.join(AUS, 'ewm-nie-geschrieben')]);
    expect(bericht.code).toBe(2);
    expect(bericht.stderr.trim().split('\n').at(-1)).toBe('Fehler: 1 Warnung gilt wegen --streng als Fehler; es wurde nichts geschrieben.');
    expect(`${pruefen.stderr}${bericht.stderr}`).not.toContain('keine Fehler,');
  });
});

describe('vorschau', () => {
  /** Runs vorschau and fails if it is still running after 10 s (it must end at once). */
  const vorschau = (argumente: string[]): Promise<{ code: number | null; stderr: string }> =>
    new Promise((fertig) => {
      const kind = spawn(process.execPath, [CLI, 'vorschau', ...argumente], { cwd: WURZEL, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      kind.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const uhr = setTimeout(() => kind.kill('SIGKILL'), 10_000);
      kind.on('exit', (code) => {
        clearTimeout(uhr);
        fertig({ code, stderr });
      });
    });

  it('ends at once with exit 2 on an unknown management or an invalid option', async () => {
    const cluster = await vorschau(['2019', '--cluster', 'metal']);
    expect(cluster).toEqual({ code: 2, stderr: 'Fehler: Das Management "metal" gibt es nicht in cluster.json. Meinten Sie "metall"?\n' });
    const option = await vorschau(['2019', '--cluster', 'metall', '--prot', '8080']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("Fehler: unbekannte Option '--prot'. Meinten Sie --port?");
  });
});
