/** Types of the npm package subset-font (it ships none): the part this project uses. */
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; noHinting?: boolean; noLayoutClosure?: boolean },
  ): Promise<Buffer>;
}
