import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { CLI, WURZEL } from './pfade.js';

const ausfuehren = promisify(execFile);

/** Result of running the built CLI as a process. */
export interface Lauf {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (`dist/bundle/main.js`) as a child process in the repository root. */
export async function starteCli(argumente: string[], env: NodeJS.ProcessEnv = {}): Promise<Lauf> {
  try {
    const { stdout, stderr } = await ausfuehren(process.execPath, [CLI, ...argumente], {
      cwd: WURZEL,
      env: { ...process.env, CI: 'true', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (fehler) {
    const e = fehler as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Text of a PDF (or of one page) as pdftotext gives it, soft hyphens and hyphenation dashes at line ends removed. */
export function pdfText(datei: string, seite?: number, layout = false): string {
  const argumente = [...(seite !== undefined ? ['-f', String(seite), '-l', String(seite)] : []), ...(layout ? ['-layout'] : []), datei, '-'];
  const ergebnis = spawnSync('pdftotext', argumente, { encoding: 'utf8' });
  if (ergebnis.status !== 0) throw new Error(`pdftotext: ${ergebnis.stderr}`);
  return ergebnis.stdout.replace(/\u00ad/g, '').replace(/[\u2010-]\n/g, (m) => (m.startsWith('\u2010') ? '' : m));
}

/** Output of a poppler tool (pdffonts, pdfinfo). */
export function poppler(programm: string, ...argumente: string[]): string {
  const ergebnis = spawnSync(programm, argumente, { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  if (ergebnis.status !== 0) throw new Error(`${programm}: ${ergebnis.stderr}`);
  return ergebnis.stdout;
}

/** sha256 of every file below a folder, by relative path. */
export async function pruefsummen(ordner: string): Promise<Record<string, string>> {
  const summen: Record<string, string> = {};
  const besuche = async (o: string): Promise<void> => {
    for (const e of await readdir(o, { withFileTypes: true })) {
      const voll = path.join(o, e.name);
      if (e.isDirectory()) await besuche(voll);
      else summen[path.relative(ordner, voll)] = createHash('sha256').update(await readFile(voll)).digest('hex');
    }
  };
  await besuche(ordner);
  return summen;
}

/** Collapses all whitespace to single spaces. */
export function einzeilig(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
