/**
 * The one error type that reaches the user, and the exit codes it carries.
 * Only the CLI entry point turns a CliFehler into output and `process.exitCode`.
 */

export const EXIT = {
  ok: 0,
  /** Unexpected internal error (a bug). Also: `vergleich` found differences. */
  intern: 1,
  /** Invalid input data or options. */
  eingabe: 2,
  /** Missing environment, e.g. no browser. */
  umgebung: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A validation problem: one line of output, e.g. `projekte.csv:14: Spalte "status": …`. */
export interface Problem {
  /** `hinweis`: information only (e.g. excluded Standardaktivitäten); never fails a run, not even with --streng. */
  schwere: 'fehler' | 'warnung' | 'hinweis';
  datei: string;
  /** CSV physical line (header = 1); undefined for whole-file problems and JSON. */
  zeile?: number;
  /** JSON record path such as `[12].status`. */
  pfad?: string;
  /** Canonical column name. */
  spalte?: string;
  meldung: string;
}

/** Formats a problem as one German output line. */
export function formatiereProblem(p: Problem): string {
  const ort = p.zeile !== undefined ? `${p.datei}:${p.zeile}` : p.pfad !== undefined ? `${p.datei}:${p.pfad}` : p.datei;
  const spalte = p.spalte !== undefined ? ` Spalte "${p.spalte}":` : '';
  return `${ort}:${spalte} ${p.meldung}`;
}

/** An error the user should see as a plain German message with an exit code. */
export class CliFehler extends Error {
  readonly exitCode: ExitCode;
  /** Problems to print line by line before the message (validation). */
  readonly probleme: Problem[];

  constructor(message: string, options: { exitCode?: ExitCode; cause?: unknown; probleme?: Problem[] } = {}) {
    super(message, { cause: options.cause });
    this.name = 'CliFehler';
    this.exitCode = options.exitCode ?? EXIT.eingabe;
    this.probleme = options.probleme ?? [];
  }
}

/** Shortens a value for messages to at most 60 characters. */
export function kuerze(wert: string, max = 60): string {
  const einzeilig = wert.replace(/\r?\n/g, '↵');
  return einzeilig.length <= max ? einzeilig : `${einzeilig.slice(0, max - 1)}…`;
}
