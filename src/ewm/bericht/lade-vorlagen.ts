import { ladeVorlagen as ladeVorlagenPaket, type Vorlagen } from '../../vorlagen/lade-vorlagen.js';

/** The compiled EWM templates (`templates/ewm`) with the helper `absatz` (sentences joined to a paragraph). */
export function ladeVorlagen(): Vorlagen {
  return ladeVorlagenPaket('ewm', {
    helfer: (hbs) =>
      hbs.registerHelper('absatz', (saetze: unknown) => {
        if (!Array.isArray(saetze)) throw new TypeError('Helfer "absatz": Liste von Sätzen erwartet');
        return saetze.join(' ');
      }),
  });
}
