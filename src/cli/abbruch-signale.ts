/**
 * Ctrl-C and SIGTERM: the run stops at once, says "abgebrochen", runs every registered clean-up
 * (Chromium killed, its profile removed, temporary report folders removed, backups restored) and
 * exits with 128 + signal number (130 for SIGINT, 143 for SIGTERM). A command that handles the
 * signals itself (the preview: Ctrl-C is how it ends) takes them over with `uebernimmSignale`.
 */
import { raeumeAuf } from '../abbruch/bei-abbruch.js';

const EXITCODE = { SIGINT: 130, SIGTERM: 143 } as const;
let uebernommen = false;

/** Installs the handlers; `melde` prints the line, `beende` ends the process with the code. */
export function fangeAbbruchAb(melde: (zeile: string) => void, beende: (code: number) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (uebernommen) return;
      raeumeAuf();
      melde(
        `Fehler: abgebrochen (${signal === 'SIGINT' ? 'Strg+C' : 'SIGTERM'}). Fertige Berichte bleiben, angefangene wurden verworfen; kein Browser läuft mehr.`,
      );
      beende(EXITCODE[signal]);
    });
  }
}

/** The calling command handles SIGINT and SIGTERM itself from now on. */
export function uebernimmSignale(): void {
  uebernommen = true;
}
