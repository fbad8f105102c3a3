/** An ISO date "2020-07-15" as "15.07.2020"; anything else is an error (no guessing). */
export function datum(iso: string): string {
  const treffer = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!treffer) throw new RangeError(`Kein ISO-Datum (JJJJ-MM-TT): "${iso}"`);
  const [, jahr, monat, tag] = treffer;
  return `${tag}.${monat}.${jahr}`;
}
