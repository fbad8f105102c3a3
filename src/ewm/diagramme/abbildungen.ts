/** The eight EWM figures of a report, built from the Kennzahlen. */
import type { TopLevelSpec } from 'vega-lite';
import { basisConfig } from '../../diagramme/palette.js';
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
}

/** Builds the eight EWM figures from the Kennzahlen. */
export function ewmAbbildungen(k: Record<string, number>, kontext: { jahr: number; cluster: Cluster }): Abbildung[] {
  const inhalte: AbbildungsInhalt[] = [
    abbildung1Projekte(k, kontext),
    abbildung2Volumen(k, kontext),
    abbildung3Fueui(k, kontext),
    abbildungHandlungsfelder('projekte', k, kontext),
    abbildungCrossCluster('projekte', k, kontext),
    abbildungCrossCluster('aktivitaeten', k, kontext),
    abbildungHandlungsfelder('aktivitaeten', k, kontext),
    abbildung8Akteure(k, kontext),
  ];
  return inhalte.map((inhalt, i) => ({
    nummer: i + 1,
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
