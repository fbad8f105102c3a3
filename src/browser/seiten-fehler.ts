/**
 * The error for a browser page that crashed or timed out while printing.
 * Batch mode catches it and retries the report once on a fresh page.
 */

/** What went wrong with the page. */
export type SeitenFehlerArt = 'absturz' | 'zeitueberschreitung';

/** A page crash or timeout during printing; worth one retry. */
export class SeitenFehler extends Error {
  readonly art: SeitenFehlerArt;

  constructor(art: SeitenFehlerArt, message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'SeitenFehler';
    this.art = art;
  }
}
