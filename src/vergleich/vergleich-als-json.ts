import type { Berichtskopf, Berichtsvergleich, Vergleichsergebnis } from './typen.js';

export const VERGLEICH_SCHEMA = 'ewm-report/vergleich@1';

/** The comparison as JSON for machines: fixed key order, two-space indent, no trailing newline. */
export function vergleichAlsJson(ergebnis: Vergleichsergebnis): string {
  return JSON.stringify(
    {
      schema: VERGLEICH_SCHEMA,
      modus: ergebnis.modus,
      alt: ergebnis.alt,
      neu: ergebnis.neu,
      unterschiede: ergebnis.unterschiede,
      berichte: ergebnis.berichte.map(bericht),
    },
    null,
    2,
  );
}

function bericht(b: Berichtsvergleich): object {
  if (b.art === 'hinzugekommen') return { pfad: b.pfad, art: b.art, neu: kopf(b.neu) };
  if (b.art === 'entfallen') return { pfad: b.pfad, art: b.art, alt: kopf(b.alt) };
  const v = b.vergleich;
  return {
    pfad: b.pfad,
    art: b.art,
    unterschiede: b.unterschiede,
    alt: kopf(b.alt),
    neu: kopf(b.neu),
    anzahl: {
      geaendert: v.geaendert.length,
      rueckwirkend: v.geaendert.filter((k) => k.rueckwirkend).length,
      hinzugekommen: v.hinzugekommen.length,
      entfallen: v.entfallen.length,
      gleich: v.gleich,
    },
    geaendert: v.geaendert.map((k) => ({
      schluessel: k.schluessel,
      alt: k.alt,
      neu: k.neu,
      differenz: k.differenz,
      prozent: k.prozent,
      rueckwirkend: k.rueckwirkend,
      ...(k.warum === undefined ? {} : { warum: k.warum }),
    })),
    hinzugekommen: v.hinzugekommen.map((k) => ({ schluessel: k.schluessel, wert: k.wert })),
    entfallen: v.entfallen.map((k) => ({ schluessel: k.schluessel, wert: k.wert })),
  };
}

function kopf(k: Berichtskopf): object {
  return { datei: k.datei, berichtsjahr: k.berichtsjahr, cluster: k.cluster };
}
