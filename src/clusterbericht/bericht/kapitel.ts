/** The chapters of the clusterbericht (the seed's chapters 1–9) and the table of contents built from them. */

/** Placeholder page number of the first pass: two digits, the width of a real page number. */
export const SEITEN_PLATZHALTER = '00';

export interface Kapitel {
  nummer: string;
  titel: string;
  id: string;
  ebene: 1 | 2;
  /** The heading exactly as rendered; keys the page map of the print passes. */
  text: string;
}

export interface InhaltsZeile extends Kapitel {
  seite: string;
}

/** The chapter headings of the report year `jahr`. */
export function clusterberichtKapitel(jahr: number): Record<string, Kapitel> {
  const liste: [string, string, string, 1 | 2][] = [
    ['k1', '1', 'Vorbemerkung', 1],
    ['k2', '2', `Rahmenbedingungen und Ergebnisse im Geschäftsjahr ${jahr}`, 1],
    ['k21', '2.1', 'Innovationsstrategie und Leitmarkt', 2],
    ['k22', '2.2', 'Netzwerkentwicklungen aus dem Cluster', 2],
    ['k23', '2.3', 'Rahmenbedingungen für industrielle Forschung in Unternehmen', 2],
    ['k24', '2.4', 'Schutzrechte', 2],
    ['k25', '2.5', 'Elektronischer Geschäftsverkehr, Industrie 4.0', 2],
    ['k3', '3', 'Managementsysteme', 1],
    ['k31', '3.1', 'Qualitätsmanagementsystem', 2],
    ['k32', '3.2', 'Energieaudit nach §§ 8 ff. Energiedienstleistungsgesetz', 2],
    ['k4', '4', 'Investitionen', 1],
    ['k5', '5', 'Tagungen, Workshops, Messen', 1],
    ['k6', '6', 'Existenzgründungen', 1],
    ['k7', '7', 'Der Cluster im nationalen und internationalen Vergleich', 1],
    ['k8', '8', 'Internetportal des Clusters', 1],
    ['k9', '9', `Ausblick ${jahr + 1}`, 1],
  ];
  return Object.fromEntries(liste.map(([schluessel, nummer, titel, ebene]) => [
    schluessel,
    { nummer, titel, ebene, id: `kapitel-${nummer.replace('.', '-')}`, text: `${nummer} ${titel}` },
  ]));
}

/** The table of contents: every chapter with its page from `seiten` (heading text → page), or the placeholder. */
export function inhaltsverzeichnis(kapitel: Record<string, Kapitel>, seiten: ReadonlyMap<string, number>): InhaltsZeile[] {
  return Object.values(kapitel).map((k) => {
    const seite = seiten.get(k.text);
    return { ...k, seite: seite === undefined ? SEITEN_PLATZHALTER : String(seite) };
  });
}
