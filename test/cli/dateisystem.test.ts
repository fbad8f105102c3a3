// File-system problems as analysts meet them: a read-only output folder and unreadable inputs (as an
// unprivileged user: the tests run as root, who may write anywhere), and a full disk (a tiny tmpfs).
// Each is a German message naming the path and what to do, exit 2, nothing half-written.
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, WURZEL } from '../hilfen/pfade.js';
import type { Lauf } from '../hilfen/werkzeuge.js';

const basis = mkdtempSync(path.join(tmpdir(), 'ewm-fs-'));
chmodSync(basis, 0o755);
afterAll(() => {
  spawnSync('umount', [path.join(basis, 'voll')]);
  rmSync(basis, { recursive: true, force: true });
});

/** Runs the built CLI as user nobody (setpriv), with a private temp directory. */
function alsNobody(argumente: string[]): Promise<Lauf> {
  const temp = mkdtempSync(path.join(basis, 'tmp-'));
  chmodSync(temp, 0o777);
  return new Promise((fertig) => {
    execFile(
      'setpriv',
      ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, CLI, ...argumente],
      { cwd: WURZEL, env: { ...process.env, CI: 'true', TMPDIR: temp, HOME: temp } },
      (fehler, stdout, stderr) => fertig({ code: fehler ? Number((fehler as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
  });
}

const KANN_SETPRIV = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', 'true']).status === 0;
const OHNE_SETPRIV = 'setpriv fehlt oder darf den Benutzer nicht wechseln';

/** Every file below a folder with its content, to prove nothing changed. */
function inhalt(ordner: string): Record<string, string> {
  const ergebnis: Record<string, string> = {};
  for (const e of readdirSync(ordner, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) ergebnis[path.relative(ordner, path.join(e.parentPath, e.name))] = readFileSync(path.join(e.parentPath, e.name), 'utf8');
    else if (e.isDirectory()) ergebnis[`${path.relative(ordner, path.join(e.parentPath, e.name))}/`] = '';
  }
  return ergebnis;
}

describe.skipIf(!KANN_SETPRIV)(`as an unprivileged user (${KANN_SETPRIV ? 'nobody' : OHNE_SETPRIV})`, () => {
  it('a read-only output folder: exit 2, German message with the path, the previous report untouched', async () => {
    const ausgabe = path.join(basis, 'schreibgeschuetzt');
    mkdirSync(path.join(ausgabe, '2019/industrielle-produktion'), { recursive: true });
    writeFileSync(path.join(ausgabe, '2019/industrielle-produktion/kennzahlen.json'), '{"alt":true}\n');
    const vorher = inhalt(ausgabe);
    for (const format of ['json', 'pdf,html,json']) {
      const lauf = await alsNobody(['2019', '--cluster', 'industrielle-produktion', '--ausgabe', ausgabe, '--format', format, '--ruhig']);
      expect(lauf.code, lauf.stderr).toBe(2);
      expect(lauf.stderr.trim()).toBe(
        `Fehler: "${path.join(ausgabe, '2019')}" kann nicht geschrieben werden: keine Schreibberechtigung. Bitte die Rechte des Ordners prüfen (z. B. "chmod u+w") oder mit --ausgabe einen anderen Ordner wählen. Es wurde nichts überschrieben.`,
      );
      expect(inhalt(ausgabe)).toEqual(vorher);
    }
  }, 120_000);

  it('an unreadable table and an unreadable text: exit 2, German message naming the file', async () => {
    const daten = path.join(basis, 'daten');
    cpSync(path.join(WURZEL, 'data'), daten, { recursive: true });
    chmodSync(path.join(daten, 'texte/2019/industrielle-produktion/fazit.md'), 0o000);
    const text = await alsNobody(['2019', '--cluster', 'industrielle-produktion', '--daten', daten, '--format', 'html', '--ausgabe', path.join(basis, 'aus'), '--ruhig']);
    expect(text.code).toBe(2);
    expect(text.stderr.trim()).toBe(
      `Fehler: "${path.join(daten, 'texte/2019/industrielle-produktion/fazit.md')}" lässt sich nicht lesen: keine Leseberechtigung. Bitte die Rechte der Datei bzw. des Ordners prüfen (z. B. "chmod u+r") oder als Benutzer mit Zugriff ausführen.`,
    );
    expect(existsSync(path.join(basis, 'aus'))).toBe(false);

    chmodSync(path.join(daten, 'projekte.csv'), 0o000);
    const tabelle = await alsNobody(['pruefen', '--daten', daten]);
    expect(tabelle.code).toBe(2);
    expect(tabelle.stdout.split('\n')).toContain(
      `projekte.csv: Die Datei lässt sich nicht lesen (${path.join(daten, 'projekte.csv')}): keine Leseberechtigung. Bitte die Rechte der Datei bzw. des Ordners prüfen (z. B. "chmod u+r") oder als Benutzer mit Zugriff ausführen`,
    );
    expect(`${tabelle.stdout}${tabelle.stderr}${text.stderr}`).not.toContain('Unerwarteter Fehler');
  }, 60_000);
});

const voll = path.join(basis, 'voll');
mkdirSync(voll);
const KANN_MOUNT = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=200k', 'tmpfs', voll]).status === 0;

describe.skipIf(!KANN_MOUNT)(`a full disk (${KANN_MOUNT ? 'tmpfs of 200 KB' : 'tmpfs lässt sich nicht einhängen (kein root?)'})`, () => {
  it('exit 2 with "Datenträger ist voll", no temporary folder left, the previous report untouched', async () => {
    mkdirSync(path.join(voll, '2019/industrielle-produktion'), { recursive: true });
    writeFileSync(path.join(voll, '2019/industrielle-produktion/kennzahlen.json'), '{"alt":true}\n');
    writeFileSync(path.join(voll, 'fueller'), Buffer.alloc(150 * 1024));
    const vorher = inhalt(voll);
    const lauf = await new Promise<Lauf>((fertig) =>
      execFile(process.execPath, [CLI, '2019', '--cluster', 'industrielle-produktion', '--format', 'html,json', '--ausgabe', voll, '--ruhig'],
        { cwd: WURZEL, env: { ...process.env, CI: 'true' } },
        (fehler, stdout, stderr) => fertig({ code: fehler ? Number((fehler as { code?: number }).code) : 0, stdout, stderr })),
    );
    expect(lauf.code, lauf.stderr).toBe(2);
    expect(lauf.stderr.trim()).toMatch(/^Fehler: ".*voll\/2019\/.*" kann nicht geschrieben werden: der Datenträger ist voll \(oder das Kontingent erschöpft\)\. Bitte Platz schaffen oder mit --ausgabe einen anderen Ordner wählen\. Es wurde nichts überschrieben\.$/);
    expect(inhalt(voll)).toEqual(vorher);
  }, 60_000);
});
