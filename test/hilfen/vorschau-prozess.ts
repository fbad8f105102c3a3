import { spawn, type ChildProcess } from 'node:child_process';
import { CLI, WURZEL } from './pfade.js';

/** A running `ewm-report vorschau` process, its URL and what it printed on stderr so far. */
export interface VorschauProzess {
  prozess: ChildProcess;
  url: string;
  stderr: () => string;
}

/** Starts `ewm-report vorschau …argumente` from the built CLI and waits for the line with its URL. */
export async function starteVorschauProzess(argumente: string[]): Promise<VorschauProzess> {
  let stderr = '';
  const prozess = spawn(process.execPath, [CLI, 'vorschau', ...argumente], { cwd: WURZEL, stdio: ['ignore', 'pipe', 'pipe'] });
  prozess.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((fertig, fehler) => {
    let stdout = '';
    prozess.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      const treffer = /Vorschau läuft auf (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
      if (treffer?.[1]) fertig(treffer[1]);
    });
    prozess.once('exit', (code) => fehler(new Error(`vorschau endete mit ${code}: ${stderr}`)));
  });
  return { prozess, url, stderr: () => stderr };
}
