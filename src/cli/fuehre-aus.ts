import { CommanderError } from 'commander';
import { dateisystemFehler } from '../dateisystem/schreib-fehler.js';
import { CliFehler, EXIT, formatiereProblem } from '../fehler.js';
import type { Effekte } from '../effekte.js';
import { baueProgramm } from './programm.js';

/** How a problem line starts, by severity (errors carry no prefix). */
const PRAEFIX = { fehler: '', warnung: 'Warnung: ', hinweis: 'Hinweis: ' } as const;

/** Runs the CLI with the given arguments (without `node` and script) and returns the exit code. */
export async function fuehreAus(argumente: string[], effekte: Effekte): Promise<number> {
  let exitCode: number = EXIT.ok;
  const debug = argumente.includes('--debug');
  try {
    await baueProgramm(effekte, (code) => (exitCode = code)).parseAsync(argumente, { from: 'user' });
    return exitCode;
  } catch (fehler) {
    return meldeFehler(fehler, effekte, debug);
  }
}

/** Prints an error the way users should see it and returns its exit code. */
export function meldeFehler(fehler: unknown, effekte: Effekte, debug: boolean): number {
  if (fehler instanceof CommanderError) {
    // Help and version end in a CommanderError too; they were printed already.
    if (fehler.code === 'commander.helpDisplayed' || fehler.code === 'commander.version' || fehler.code === 'commander.help') {
      return EXIT.ok;
    }
    if (fehler.cause instanceof CliFehler) return meldeFehler(fehler.cause, effekte, debug);
    return EXIT.eingabe;
  }
  if (fehler instanceof CliFehler) {
    for (const p of fehler.probleme) effekte.fehlerausgabe(`${PRAEFIX[p.schwere]}${formatiereProblem(p)}`);
    effekte.fehlerausgabe(`Fehler: ${fehler.message}`);
    if (debug && fehler.cause instanceof Error && fehler.cause.stack) effekte.fehlerausgabe(fehler.cause.stack);
    return fehler.exitCode;
  }
  const alsCli = dateisystemFehler(fehler);
  if (alsCli instanceof CliFehler) return meldeFehler(alsCli, effekte, debug);
  const nachricht = fehler instanceof Error ? fehler.message : String(fehler);
  effekte.fehlerausgabe(`Unerwarteter Fehler: ${nachricht}`);
  if (debug && fehler instanceof Error && fehler.stack) effekte.fehlerausgabe(fehler.stack);
  else effekte.fehlerausgabe('Mit --debug erneut ausführen, um Details zu sehen.');
  return EXIT.intern;
}
