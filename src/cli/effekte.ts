import type { Effekte } from '../effekte.js';

/** The real effects: process stdout/stderr. */
export function prozessEffekte(): Effekte {
  // A closed pipe (`ewm-report --help | head`) is not an error of ours: stop writing quietly.
  for (const strom of [process.stdout, process.stderr]) {
    strom.on('error', (fehler: NodeJS.ErrnoException) => {
      if (fehler.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw fehler;
    });
  }
  return {
    ausgabe: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    fehlerausgabe: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    istTerminal: Boolean(process.stdout.isTTY) && process.env.CI !== 'true',
  };
}
