/** The tool's version (package.json), shown by `--version` and recorded in every manifest. */
export const VERSION = '0.1.0';
