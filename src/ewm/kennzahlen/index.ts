/** Public API of the Kennzahlen engine. */
export { berechneKennzahlen, kennzahlenAus, type Kennzahlen } from './berechne-kennzahlen.js';
export { berechneBelege } from './berechne-belege.js';
export { nachweisAusBelegen } from './nachweis-aus-belegen.js';
export { definition } from './definition.js';
export { wertVon } from './wert-von.js';
export type { Beleg, Belege, Vorhaben } from './beleg.js';
export { serialisiereKennzahlen, type KennzahlenDatei } from './serialisiere-kennzahlen.js';
export { kennzahlKategorien, type KennzahlKategorien } from './kennzahl-kategorien.js';
export { kennzahlSchluessel } from './kennzahl-schluessel.js';
export { handlungsfelderImJahr } from './handlungsfelder-im-jahr.js';
export { vergleichsjahre, type Vergleichsjahre } from './vergleichsjahre.js';
export { groessenklasseVon } from './groessenklasse-von.js';
export { zaehleinheitFinder } from './zaehleinheit-finder.js';
export { istAusgeschieden } from './ausgeschieden.js';
export { centZuEuro } from './cent-zu-euro.js';
export { stichtag, jahresbeginn, jahrVon } from './stichtag.js';
