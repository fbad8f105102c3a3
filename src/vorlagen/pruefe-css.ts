/** Returns a stylesheet that can be embedded in a `<style>` element; one containing `</style` is refused. */
export function pruefeCss(name: string, css: string): string {
  if (/<\/style/i.test(css)) throw new Error(`CSS "${name}" enthält "</style" und kann nicht eingebettet werden.`);
  return css;
}
