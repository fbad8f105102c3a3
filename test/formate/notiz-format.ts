/**
 * A small second report format, for tests only: it proves the generic layers need nothing of EWM.
 * One table `eintraege` in `<daten>/notiz/` (cluster, jahr, anzahl, art), one Kennzahl per art,
 * and a one-page report.
 */
import type { Berichtsformat } from '../../src/bericht/berichtsformat.js';
import type { Problem } from '../../src/fehler.js';
import { herkunftVon, ortVon } from '../../src/lesen/roh-zeile.js';
import type { BasisDaten, Herkunftsort } from '../../src/model/typen.js';
import { konvertiereZeile } from '../../src/pruefen/konvertiere-zeile.js';
import { aufzaehlung, type Tabelle } from '../../src/pruefen/tabelle.js';

interface Eintrag {
  cluster: string;
  jahr: number;
  anzahl: number;
  art: string;
  quelle: Herkunftsort;
}
interface NotizDaten extends BasisDaten {
  eintraege: Eintrag[];
}

const ARTEN = aufzaehlung('keine gültige Art', ['besuch', 'anruf'], ['Besuch', 'Anruf']);
const EINTRAEGE: Tabelle = {
  name: 'eintraege',
  spalten: [
    { name: 'cluster', label: 'Cluster', typ: 'cluster', pflicht: true },
    { name: 'jahr', label: 'Jahr', typ: 'ganzzahl', pflicht: true, minimum: 1900 },
    { name: 'anzahl', label: 'Anzahl', typ: 'ganzzahl', pflicht: true, minimum: 0 },
    { name: 'art', label: 'Art der Notiz', typ: 'aufzaehlung', pflicht: true, aufzaehlung: ARTEN },
  ],
};

export const NOTIZ_SCHEMA = 'test/notiz@1';

export const notizFormat: Berichtsformat<string, NotizDaten> = {
  id: 'notiz',
  kennzahlenSchema: NOTIZ_SCHEMA,
  tabellen: {
    ordner: 'notiz',
    tabellen: [EINTRAEGE],
    sammler(kontext, probleme: Problem[]) {
      const eintraege: Eintrag[] = [];
      return {
        zeile(_tabelle, z, fehlend) {
          const { werte, ok } = konvertiereZeile(EINTRAEGE, z, kontext, fehlend, probleme);
          // A per-row rule of this format: at most 100 per row.
          if (typeof werte.anzahl === 'number' && werte.anzahl > 100) {
            probleme.push({ schwere: 'fehler', ...ortVon(z, 'anzahl'), meldung: 'höchstens 100 je Zeile' });
            return;
          }
          if (ok) eintraege.push({ ...(werte as Omit<Eintrag, 'quelle'>), quelle: herkunftVon(z) });
        },
        abschluss: (_dateien, _vollstaendig, basis) => ({ ...basis, eintraege }),
      };
    },
  },
  berichtet: (daten) => [...new Set(daten.eintraege.map((e) => e.cluster))],
  inhalt: { mit: 'mit Notizen im Berichtsjahr', ohne: (jahr) => `im Berichtsjahr ${jahr} keine einzige Notiz` },
  berechneKennzahlen: (daten, cluster, jahr) => {
    const k: Record<string, number> = { 'notizen.besuch': 0, 'notizen.anruf': 0 };
    for (const e of daten.eintraege) if (e.cluster === cluster && e.jahr === jahr) k[`notizen.${e.art}`] = (k[`notizen.${e.art}`] ?? 0) + e.anzahl;
    return k;
  },
  serialisiereKennzahlen: (jahr, cluster, kennzahlen) =>
    `${JSON.stringify({ schema: NOTIZ_SCHEMA, berichtsjahr: jahr, cluster, kennzahlen }, null, 2)}\n`,
  abbildungen: () => [],
  ladeTexte: async (_daten, _jahr, _cluster, kennzahlen) => ({ texte: `Text mit ${kennzahlen['notizen.anruf']} Anrufen`, probleme: [] }),
  baueHtml: ({ cluster, jahr, kennzahlen, texte }) =>
    `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Notizen ${jahr}</title></head><body><h1>Notizen ${cluster.name} ${jahr}</h1><p>Besuche: ${kennzahlen['notizen.besuch']}; ${texte}</p></body></html>`,
  metadaten: (cluster, jahr) => ({ titel: `Notizen ${jahr} – ${cluster.name}`, thema: 'Notizen', schluesselwoerter: ['Notizen'] }),
};
