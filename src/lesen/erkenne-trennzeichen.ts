/** Delimiter detection from the header line. */

export type Trennzeichen = ';' | ',';

/** Picks `;` or `,` by counting both outside quotes in the first line; `;` wins ties and single columns. */
export function erkenneTrennzeichen(text: string): Trennzeichen {
  let semikolon = 0;
  let komma = 0;
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const z = text[i];
    if (z === '"') inQuote = !inQuote;
    else if (!inQuote && (z === '\n' || z === '\r')) break;
    else if (!inQuote && z === ';') semikolon++;
    else if (!inQuote && z === ',') komma++;
  }
  return komma > semikolon ? ',' : ';';
}
