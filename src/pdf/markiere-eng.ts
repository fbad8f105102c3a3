/** Adds `data-satz-eng="<level>"` to the `data-seitenanfang` elements measured as too loose (index = document order). */
export function markiereEng(html: string, eng: readonly (readonly [number, number])[]): string {
  if (eng.length === 0) return html;
  const stufen = new Map(eng);
  let index = 0;
  return html.replace(/ data-seitenanfang(?=[\s>])/g, (treffer) => {
    const stufe = stufen.get(index++);
    return stufe === undefined ? treffer : `${treffer} data-satz-eng="${stufe}"`;
  });
}
