import type { Land } from '../model/typen.js';

const NAMEN: Readonly<Record<Land, string>> = {
  gemeinsam: 'gemeinsam',
  berlin: 'Berlin',
  brandenburg: 'Brandenburg',
  'baden-wuerttemberg': 'Baden-Württemberg',
  bayern: 'Bayern',
  bremen: 'Bremen',
  hamburg: 'Hamburg',
  hessen: 'Hessen',
  'mecklenburg-vorpommern': 'Mecklenburg-Vorpommern',
  niedersachsen: 'Niedersachsen',
  'nordrhein-westfalen': 'Nordrhein-Westfalen',
  'rheinland-pfalz': 'Rheinland-Pfalz',
  saarland: 'Saarland',
  sachsen: 'Sachsen',
  'sachsen-anhalt': 'Sachsen-Anhalt',
  'schleswig-holstein': 'Schleswig-Holstein',
  thueringen: 'Thüringen',
};

/** The German name of a Land slug (`gemeinsam` for Berlin-Brandenburg stays as it is). */
export function landName(land: Land): string {
  return NAMEN[land];
}
