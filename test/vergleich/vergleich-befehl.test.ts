import { describe, expect, it } from 'vitest';
import { vergleichBefehl } from '../../src/cli/vergleich-befehl.js';
import { CliFehler } from '../../src/fehler.js';
import { fixture } from './hilfe.js';
import { FORMATE } from '../../src/formate.js';

/** Runs `vergleich` through commander with captured output and exit code. */
async function fuehreAus(...argumente: string[]) {
  const ausgabe: string[] = [];
  const fehlerausgabe: string[] = [];
  let exitCode: number | undefined;
  const befehl = vergleichBefehl(
    { ausgabe: (t) => ausgabe.push(t), fehlerausgabe: (t) => fehlerausgabe.push(t), istTerminal: false },
    (code) => (exitCode = code),
    FORMATE,
  )
    .exitOverride()
    .configureOutput({ writeOut: (t) => ausgabe.push(t), writeErr: (t) => fehlerausgabe.push(t) });
  let fehler: unknown;
  try {
    await befehl.parseAsync(argumente, { from: 'user' });
  } catch (f) {
    fehler = f;
  }
  return { ausgabe: ausgabe.join(''), fehlerausgabe: fehlerausgabe.join(''), exitCode, fehler };
}

describe('ewm-report vergleich', () => {
  it('exits with 0 and says so when the files are equal', async () => {
    const lauf = await fuehreAus(fixture('bericht-2019.json'), fixture('bericht-2019-kopie.json'));
    expect(lauf.fehler).toBeUndefined();
    expect(lauf.exitCode).toBe(0);
    expect(lauf.ausgabe.endsWith('Keine Unterschiede (10 Kennzahlen gleich).')).toBe(true);
    expect(lauf.fehlerausgabe).toBe('');
  });

  it('exits with 1 and prints the table when the files differ', async () => {
    const lauf = await fuehreAus(fixture('bericht-2018.json'), fixture('bericht-2019.json'));
    expect(lauf.exitCode).toBe(1);
    expect(lauf.ausgabe).toContain('projekte.neu.2018                            5              6    +1 (+20,0 %)  rückwirkend geändert\n');
    expect(lauf.ausgabe).toContain('projekte.neu.2018.projektvolumen  3.000.000,10   3.000.000,30  +0,20 (+0,0 %)  rückwirkend geändert\n');
    expect(lauf.ausgabe.endsWith('2 Kennzahlen geändert (davon 2 rückwirkend), 4 hinzugekommen, 3 entfallen, 4 gleich.')).toBe(true);
  });

  it('marks changes between two versions of the same report year as ordinary', async () => {
    const lauf = await fuehreAus(fixture('bericht-2019.json'), fixture('bericht-2019-korrigiert.json'));
    expect(lauf.exitCode).toBe(1);
    expect(lauf.ausgabe).not.toContain('rückwirkend');
    expect(lauf.ausgabe).toContain('projekte.neu.2017                             4              3    -1 (-25,0 %)\n');
    expect(lauf.ausgabe).toContain('projekte.neu.2019.crosscluster                0              9              +9\n');
    expect(lauf.ausgabe).toContain('projekte.neu.2019.projektvolumen  69.215.000,00  69.215.000,07  +0,07 (+0,0 %)\n');
  });

  it('prints JSON with --json and keeps the exit code', async () => {
    const gleich = await fuehreAus('--json', fixture('bericht-2019.json'), fixture('bericht-2019-kopie.json'));
    expect(gleich.exitCode).toBe(0);
    expect(JSON.parse(gleich.ausgabe)).toMatchObject({ schema: 'ewm-report/vergleich@1', unterschiede: false });
    const verschieden = await fuehreAus(fixture('ausgabe-alt'), fixture('ausgabe-neu'), '--json');
    expect(verschieden.exitCode).toBe(1);
    expect(JSON.parse(verschieden.ausgabe).berichte).toHaveLength(4);
  });

  it('exits with 1 when two output folders differ and 0 when they are the same', async () => {
    expect((await fuehreAus(fixture('ausgabe-alt'), fixture('ausgabe-neu'))).exitCode).toBe(1);
    expect((await fuehreAus(fixture('ausgabe-neu'), fixture('ausgabe-neu'))).exitCode).toBe(0);
  });

  it.each([
    [['gibt-es-nicht.json', 'bericht-2019.json'], `${fixture('gibt-es-nicht.json')}: Datei oder Ordner nicht gefunden.`],
    [['bericht-2019.json', 'ungueltig/syntaxfehler.json'], `${fixture('ungueltig/syntaxfehler.json')}:8:3: kein gültiges JSON: Komma vor "}" ist nicht erlaubt.`],
    [['ungueltig/falsche-form.json', 'bericht-2019.json'], `${fixture('ungueltig/falsche-form.json')} ist keine gültige kennzahlen.json (Schema ewm-report/kennzahlen@1 oder ewm-report/clusterbericht@1): 5 Probleme.`],
  ])('throws a CliFehler with exit code 2 for %j', async (dateien, meldung) => {
    const lauf = await fuehreAus(...dateien.map(fixture));
    expect(lauf.fehler).toBeInstanceOf(CliFehler);
    expect((lauf.fehler as CliFehler).message).toBe(meldung);
    expect((lauf.fehler as CliFehler).exitCode).toBe(2);
    expect(lauf.exitCode).toBeUndefined();
    expect(lauf.ausgabe).toBe('');
  });

  it('shows a German help text with examples', async () => {
    const lauf = await fuehreAus('--help');
    expect(lauf.ausgabe).toContain('Usage: vergleich [options] <alt> <neu>');
    expect(lauf.ausgabe).toContain('vergleicht zwei kennzahlen.json (oder zwei Ausgabeordner)');
    expect(lauf.ausgabe).toContain('--json');
    expect(lauf.ausgabe).toContain('  ewm-report vergleich out/2018/industrielle-produktion out/2019/industrielle-produktion\n');
    expect(lauf.ausgabe).toContain('Exit-Code: 0 gleich, 1 unterschiedlich, 2 Fehler (wie diff).');
  });
});
