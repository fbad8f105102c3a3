/** Joins items the German way: "A", "A und B", "A, B und C" (the last joiner is configurable, e.g. "sowie"). */
export function aufzaehlung(teile: readonly string[], und = 'und'): string {
  if (teile.length <= 1) return teile[0] ?? '';
  return `${teile.slice(0, -1).join(', ')} ${und} ${teile[teile.length - 1]}`;
}
