/**
 * Clean-ups that must run when the process is interrupted (Ctrl-C, SIGTERM): each layer that creates
 * something temporary (a browser profile, a temporary report folder) registers a synchronous clean-up
 * while the thing exists, and the entry point runs them all before it exits. Synchronous, because the
 * process exits right after; nothing here knows about signals or the command line.
 */

const aufgaben = new Set<() => void>();

/** Registers a synchronous clean-up; call the returned function once the thing is gone. */
export function beiAbbruch(aufgabe: () => void): () => void {
  aufgaben.add(aufgabe);
  return () => {
    aufgaben.delete(aufgabe);
  };
}

/** Runs every registered clean-up once (newest first); a failing one does not stop the others. */
export function raeumeAuf(): void {
  for (const aufgabe of [...aufgaben].reverse()) {
    aufgaben.delete(aufgabe);
    try {
      aufgabe();
    } catch {
      // best effort: the process is exiting
    }
  }
}
