/** The eight EWM figures of a report, built from the Kennzahlen. */
import type { TopLevelSpec } from 'vega-lite';
import { basisConfig } from '../../diagramme/palette.js';
import { mitGelesenen } from '../../nachweis/mit-gelesenen.js';
import type { Cluster } from '../../model/typen.js';
import type { AbbildungsInhalt } from './abbildung.js';
import { abbildung1Projekte } from './abbildung-1-projekte.js';
import { abbildung2Volumen } from './abbildung-2-volumen.js';
import { abbildung3Fueui } from './abbildung-3-fueui.js';
import { abbildung8Akteure } from './abbildung-8-akteure.js';
import { abbildungCrossCluster } from './abbildung-crosscluster.js';
import { abbildungHandlungsfelder } from './abbildung-handlungsfelder.js';

/** One numbered figure: caption (with years), complete Vega-Lite spec and German text alternative. */
export interface Abbildung {
  nummer: number;
  titel: string;
  spec: TopLevelSpec;
  textalternative: string;
  /** The keys the figure was built from, with their values. */
  gelesen: ReadonlyMap<string, number>;
}

/** Builds the eight EWM figures from the Kennzahlen. */
export function ewmAbbildungen(k: Record<string, number>, kontext: { jahr: number; cluster: Cluster }): Abbildung[] {
  const bauer: ((k: Readonly<Record<string, number>>) => AbbildungsInhalt)[] = [
    (x) => abbildung1Projekte(x, kontext),
    (x) => abbildung2Volumen(x, kontext),
    (x) => abbildung3Fueui(x, kontext),
    (x) => abbildungHandlungsfelder('projekte', x, kontext),
    (x) => abbildungCrossCluster('projekte', x, kontext),
    (x) => abbildungCrossCluster('aktivitaeten', x, kontext),
    (x) => abbildungHandlungsfelder('aktivitaeten', x, kontext),
    (x) => abbildung8Akteure(x, kontext),
  ];
  // The keys each figure reads: its data labels link to them in the HTML report.
  const inhalte = bauer.map((bau) => mitGelesenen(k, bau));
  return inhalte.map(({ ergebnis: inhalt, gelesen }, i) => ({
    nummer: i + 1,
    gelesen,
    titel: inhalt.titel,
    textalternative: inhalt.textalternative,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      description: inhalt.textalternative,
      config: basisConfig(),
      ...inhalt.spec,
    } as TopLevelSpec,
  }));
}
