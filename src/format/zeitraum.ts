/** A range of years with an en dash ("2017–2019"); a single year when both are equal. */
export function zeitraum(von: number, bis: number): string {
  return von === bis ? String(von) : `${von}–${bis}`;
}
