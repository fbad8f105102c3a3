/** Integer hundredths (cents) as a number with at most two decimals; never -0. */
export function ausHundertsteln(h: number): number {
  const ganz = Math.round(h);
  return ganz === 0 ? 0 : ganz / 100;
}
