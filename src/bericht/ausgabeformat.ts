/** The output formats of a report run (`--format`): not to be confused with the report format (`--berichtsformat`). */
export const FORMATE = ['pdf', 'html', 'json'] as const;
export type Ausgabeformat = (typeof FORMATE)[number];
