/** The content of one EWM figure before numbering and shared configuration. */
import type { Cluster } from '../../model/typen.js';
import type { Teilspec } from '../../diagramme/typen.js';
import { RAND, SPALTENBREITE } from '../../diagramme/palette.js';

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

/**
 * The width grid of every figure: each is exactly as wide as the A4 text column (SPALTENBREITE minus the
 * chart padding on both sides); a figure with two panels shares it between them (less the panel spacing).
 */
export const PLOTBREITE = SPALTENBREITE - 2 * RAND;
