/** Types for the German patterns of the `hyphen` package (it ships none): the reference the tests compare `trenneWort` with. */
declare module 'hyphen/de/index.js' {
  interface HyphenOptionen {
    exceptions?: string[];
    hyphenChar?: string;
    minWordLength?: number;
  }
  const deutsch: {
    hyphenateSync(text: string, optionen?: HyphenOptionen): string;
    hyphenateHTMLSync(text: string, optionen?: HyphenOptionen): string;
    hyphenate(text: string, optionen?: HyphenOptionen): Promise<string>;
  };
  export default deutsch;
}
