import { ladeVorlagen, type Vorlagen } from '../../vorlagen/lade-vorlagen.js';

/** The compiled clusterbericht templates (`templates/clusterbericht`), in Handlebars strict mode. */
export function ladeClusterberichtVorlagen(): Vorlagen {
  return ladeVorlagen('clusterbericht', { strict: true });
}
