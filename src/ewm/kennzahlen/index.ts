/** Public API of the Kennzahlen engine. */
export { berechneKennzahlen, type Kennzahlen } from './berechne-kennzahlen.js';
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
