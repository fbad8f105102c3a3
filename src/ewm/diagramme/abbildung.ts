/** The content of one EWM figure before numbering and shared configuration. */
import type { Cluster } from '../../model/typen.js';
import type { Teilspec } from '../../diagramme/typen.js';

/** Context every figure builder receives. */
export interface AbbildungsKontext {
  jahr: number;
  cluster: Cluster;
}

/** A figure's caption, its Vega-Lite body (without config) and its German text alternative. */
export interface AbbildungsInhalt {
  titel: string;
  spec: Teilspec;
  textalternative: string;
}

/** Width in px of a single-panel plot area (the A4 text column minus labels and padding). */
export const PLOTBREITE = 560;
