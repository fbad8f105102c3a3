/** German Länder: slug → name, for sentences like "In Sachsen-Anhalt sind …". */
const LAENDER: Record<string, string> = {
  'baden-wuerttemberg': 'Baden-Württemberg', bayern: 'Bayern', berlin: 'Berlin', brandenburg: 'Brandenburg', bremen: 'Bremen',
  hamburg: 'Hamburg', hessen: 'Hessen', 'mecklenburg-vorpommern': 'Mecklenburg-Vorpommern', niedersachsen: 'Niedersachsen',
  'nordrhein-westfalen': 'Nordrhein-Westfalen', 'rheinland-pfalz': 'Rheinland-Pfalz', saarland: 'Saarland', sachsen: 'Sachsen',
  'sachsen-anhalt': 'Sachsen-Anhalt', 'schleswig-holstein': 'Schleswig-Holstein', thueringen: 'Thüringen', gemeinsam: 'Berlin und Brandenburg',
};

/** The Land's name for running text; an unknown slug is shown as written. */
export function landName(slug: string): string {
  return LAENDER[slug] ?? slug;
}
