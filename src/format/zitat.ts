/** German quotation marks around a text: „Industrie 4.0“. */
export function zitat(text: string): string {
  return `„${text}“`;
}
