/** Side effects of the CLI, passed in so tests can run commands silently and capture output. */
export interface Effekte {
  /** Writes a line (or several) to standard output. */
  ausgabe(text: string): void;
  /** Writes a line (or several) to standard error. */
  fehlerausgabe(text: string): void;
  /** Whether standard output is an interactive terminal (live progress display). */
  istTerminal: boolean;
}

/** The real effects: process stdout/stderr. */
export function prozessEffekte(): Effekte {
  return {
    ausgabe: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    fehlerausgabe: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    istTerminal: Boolean(process.stdout.isTTY) && process.env.CI !== 'true',
  };
}
