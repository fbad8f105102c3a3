/** Whether an EWM key holds an amount in euros (`…projektvolumen`, `…foerdervolumen_bb`, …). */
export function istBetragsSchluessel(schluessel: string): boolean {
  return /\.(projekt|foerder)volumen(_[a-z]+)?$/.test(schluessel);
}
