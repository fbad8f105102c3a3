import type { Effekte } from '../effekte.js';

type Zustand = 'wartet' | 'läuft' | 'fertig' | 'aktuell' | 'fehlgeschlagen';

const SYMBOL: Record<Zustand, string> = { wartet: '·', läuft: '…', fertig: '✓', aktuell: '=', fehlgeschlagen: '✗' };

/**
 * Progress of a batch. On a terminal: one line per report, redrawn in place as states change.
 * Elsewhere (CI, pipes): one plain line per finished report.
 */
export class Fortschritt {
  private readonly zustaende = new Map<string, { zustand: Zustand; text: string }>();
  private gezeichnet = 0;

  constructor(
    private readonly cluster: string[],
    private readonly effekte: Effekte,
  ) {
    for (const c of cluster) this.zustaende.set(c, { zustand: 'wartet', text: '' });
    this.zeichne();
  }

  /** Records a state change of one report. */
  setze(cluster: string, zustand: Zustand, text = ''): void {
    this.zustaende.set(cluster, { zustand, text });
    if (this.effekte.istTerminal) this.zeichne();
    else if (zustand === 'fertig' || zustand === 'aktuell' || zustand === 'fehlgeschlagen') {
      this.effekte.fehlerausgabe(`${SYMBOL[zustand]} ${cluster}: ${zustand}${text ? ` (${text})` : ''}`);
    }
  }

  /** Leaves the final state on screen. */
  beende(): void {
    if (this.effekte.istTerminal) this.zeichne();
  }

  private zeichne(): void {
    if (!this.effekte.istTerminal) return;
    const breite = Math.max(...this.cluster.map((c) => c.length));
    const zeilen = this.cluster.map((c) => {
      const { zustand, text } = this.zustaende.get(c) ?? { zustand: 'wartet', text: '' };
      return `${SYMBOL[zustand]} ${c.padEnd(breite)}  ${zustand}${text ? `  ${text}` : ''}`.slice(0, 160);
    });
    const hoch = this.gezeichnet > 0 ? `\x1b[${this.gezeichnet}F` : '';
    this.effekte.fehlerausgabe(`${hoch}${zeilen.map((z) => `\x1b[2K${z}`).join('\n')}`);
    this.gezeichnet = zeilen.length;
  }
}
