/** Side effects of a run (terminal output), passed in by the CLI so the pipeline and tests never touch the process. */
export interface Effekte {
  /** Writes a line (or several) to standard output. */
  ausgabe(text: string): void;
  /** Writes a line (or several) to standard error. */
  fehlerausgabe(text: string): void;
  /** Whether standard output is an interactive terminal (live progress display). */
  istTerminal: boolean;
}
