// Invented company names for the clusterbericht sample data (deterministic; no real firm is meant).
const ZWEIGE = ['Metallbau', 'Maschinenbau', 'Anlagenbau', 'Stahlbau', 'Gerätebau', 'Antriebstechnik', 'Fördertechnik', 'Armaturenbau',
  'Zerspanungstechnik', 'Blechbearbeitung', 'Werkzeugbau', 'Automatisierungstechnik', 'Hydraulik', 'Sondermaschinenbau', 'Prüftechnik', 'Elektrotechnik'];
const ORTE = ['Magdeburg', 'Burg', 'Staßfurt', 'Schönebeck', 'Halberstadt', 'Wernigerode', 'Stendal', 'Genthin', 'Haldensleben', 'Barleben',
  'Aschersleben', 'Dessau', 'Bernburg', 'Zerbst', 'Köthen', 'Oschersleben', 'Wanzleben', 'Salzwedel', 'Gardelegen', 'Tangermünde', 'Quedlinburg'];
const FORMEN = ['GmbH', 'GmbH & Co. KG', 'GmbH', 'e. K.', 'GmbH', 'AG'];

/** The n-th invented company name; names 0 … 300 are distinct (16 × 21 pairs). */
export function firma(n) {
  const zweig = ZWEIGE[n % ZWEIGE.length];
  const ort = ORTE[(n + Math.floor(n / ZWEIGE.length)) % ORTE.length];
  return `${zweig} ${ort} ${FORMEN[n % FORMEN.length]}`;
}

/** `anzahl` distinct names starting at `ab`. */
export function firmen(ab, anzahl) {
  const namen = Array.from({ length: anzahl }, (_, i) => firma(ab + i));
  if (new Set(namen).size !== namen.length) throw new Error('firmen(): Namen nicht eindeutig');
  return namen;
}
